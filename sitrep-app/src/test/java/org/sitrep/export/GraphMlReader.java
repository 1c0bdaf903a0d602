package org.sitrep.export;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads GraphML as NetworkX's {@code read_graphml} and Gephi do, with the JDK's XML parser: the root in the GraphML
 * namespace, attribute keys declared with their domain, name and type, one graph with its edge default, nodes with
 * unique ids, edges between declared nodes, and every data value of a declared key of the right domain that parses
 * as the key's type. Anything else fails with the reason, as those tools would refuse or misread the file.
 */
public final class GraphMlReader {
    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    public record Graph(boolean directed, Map<String, Map<String, Object>> nodes, List<Edge> edges) {
    }

    public record Edge(String source, String target, Map<String, Object> data) {
    }

    private record Key(String domain, String name, String type) {
    }

    private GraphMlReader() {
    }

    public static Graph read(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        Element root = document.getDocumentElement();
        require(NS.equals(root.getNamespaceURI()) && "graphml".equals(root.getLocalName()),
                "the root is not graphml in " + NS);
        Map<String, Key> keys = new HashMap<>();
        for (Element key : children(root, "key")) {
            String id = key.getAttribute("id");
            String domain = key.getAttribute("for");
            require(!id.isEmpty() && !keys.containsKey(id), "a key without a unique id");
            require(List.of("node", "edge", "graph", "all").contains(domain), "key " + id + " is for '" + domain + "'");
            String type = key.hasAttribute("attr.type") ? key.getAttribute("attr.type") : "string";
            require(List.of("boolean", "int", "long", "float", "double", "string").contains(type),
                    "key " + id + " has type " + type);
            keys.put(id, new Key(domain, key.hasAttribute("attr.name") ? key.getAttribute("attr.name") : id, type));
        }
        List<Element> graphs = children(root, "graph");
        require(graphs.size() == 1, "expected one graph, found " + graphs.size());
        Element graph = graphs.get(0);
        String edgeDefault = graph.getAttribute("edgedefault");
        require(edgeDefault.equals("directed") || edgeDefault.equals("undirected"), "edgedefault is " + edgeDefault);
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        for (Element node : children(graph, "node")) {
            String id = node.getAttribute("id");
            require(!id.isEmpty() && !nodes.containsKey(id), "node id '" + id + "' is missing or repeated");
            nodes.put(id, data(node, "node", keys));
        }
        List<Edge> edges = new ArrayList<>();
        for (Element edge : children(graph, "edge")) {
            String source = edge.getAttribute("source");
            String target = edge.getAttribute("target");
            require(nodes.containsKey(source) && nodes.containsKey(target),
                    "edge " + source + " -> " + target + " names an undeclared node");
            edges.add(new Edge(source, target, data(edge, "edge", keys)));
        }
        return new Graph(edgeDefault.equals("directed"), nodes, edges);
    }

    private static Map<String, Object> data(Element owner, String domain, Map<String, Key> keys) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Element data : children(owner, "data")) {
            Key key = keys.get(data.getAttribute("key"));
            require(key != null, "data of an undeclared key " + data.getAttribute("key"));
            require(key.domain().equals(domain) || key.domain().equals("all"),
                    "data " + key.name() + " of a " + key.domain() + " key on a " + domain);
            String text = data.getTextContent();
            Object value = switch (key.type()) {
                case "int", "long" -> Long.parseLong(text.strip());
                case "float", "double" -> Double.parseDouble(text.strip());
                case "boolean" -> Boolean.parseBoolean(text.strip());
                default -> text;
            };
            values.put(key.name(), value);
        }
        return values;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && NS.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                out.add(element);
            }
        }
        return out;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("not valid GraphML: " + problem);
        }
    }
}
