package org.sitrep.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sitrep.model.event.CrisisClass;

/**
 * The actor network as files network tools read: GraphML (Gephi, NetworkX's {@code read_graphml}, yEd), GEXF 1.3
 * (Gephi) and node-link JSON (NetworkX's {@code node_link_graph}, D3). Every format carries the same attributes:
 * nodes their name, kind, country, mentions and events; edges their events, the events by class
 * ({@code class_COUP}...) and by PLOVER quad, and a weight (the events) for layouts. Stateless.
 */
public final class NetworkFormats {
    public static final List<String> FORMATS = List.of("graphml", "gexf", "json");
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://gexf.net/1.3";

    private NetworkFormats() {
    }

    public static String render(ActorNetwork network, String format) {
        return switch (format) {
            case "graphml" -> graphml(network);
            case "gexf" -> gexf(network);
            case "json" -> json(network);
            default -> throw new IllegalArgumentException("no network format " + format + "; choose one of "
                    + String.join(", ", FORMATS));
        };
    }

    /** One key per attribute: (id, domain, name, type); types as GraphML names them. */
    private record Key(String id, String domain, String name, String type) {
    }

    private static List<Key> keys(ActorNetwork network) {
        List<Key> keys = new ArrayList<>(List.of(new Key("name", "node", "name", "string"),
                new Key("kind", "node", "kind", "string"), new Key("country", "node", "country", "string"),
                new Key("mentions", "node", "mentions", "int"), new Key("n_events", "node", "events", "int"),
                new Key("events", "edge", "events", "int"), new Key("weight", "edge", "weight", "double")));
        for (CrisisClass crisisClass : classes(network)) {
            keys.add(new Key("class_" + crisisClass.name(), "edge", "class_" + crisisClass.name(), "int"));
        }
        ActorNetwork.QUADS.forEach(quad -> keys.add(new Key(quad, "edge", quad, "int")));
        return keys;
    }

    private static Set<CrisisClass> classes(ActorNetwork network) {
        Set<CrisisClass> classes = EnumSet.noneOf(CrisisClass.class);
        network.edges().forEach(edge -> classes.addAll(edge.classes().keySet()));
        return classes;
    }

    private static Map<String, Object> nodeValues(ActorNetwork.Node node) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", node.name());
        values.put("kind", node.kind());
        values.put("country", node.country());
        values.put("mentions", node.mentions());
        values.put("n_events", node.events());
        return values;
    }

    private static Map<String, Object> edgeValues(ActorNetwork.Edge edge) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("events", edge.events());
        values.put("weight", (double) edge.events());
        edge.classes().forEach((crisisClass, count) -> values.put("class_" + crisisClass.name(), count));
        ActorNetwork.QUADS.forEach(quad -> values.put(quad, edge.quads().getOrDefault(quad, 0)));
        return values;
    }

    static String graphml(ActorNetwork network) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(GRAPHML_NS);
            for (Key key : keys(network)) {
                newline(xml, 1);
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key.id());
                xml.writeAttribute("for", key.domain());
                xml.writeAttribute("attr.name", key.name());
                xml.writeAttribute("attr.type", key.type());
            }
            newline(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "actors");
            xml.writeAttribute("edgedefault", "directed");
            for (ActorNetwork.Node node : network.nodes()) {
                newline(xml, 2);
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                graphmlData(xml, nodeValues(node));
                xml.writeEndElement();
            }
            int n = 0;
            for (ActorNetwork.Edge edge : network.edges()) {
                newline(xml, 2);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + n++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                graphmlData(xml, edgeValues(edge));
                xml.writeEndElement();
            }
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    private static void graphmlData(XMLStreamWriter xml, Map<String, Object> values) throws XMLStreamException {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            if (value.getValue() != null) {
                xml.writeStartElement("data");
                xml.writeAttribute("key", value.getKey());
                xml.writeCharacters(String.valueOf(value.getValue()));
                xml.writeEndElement();
            }
        }
    }

    static String gexf(ActorNetwork network) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(GEXF_NS);
            xml.writeAttribute("version", "1.3");
            newline(xml, 1);
            xml.writeStartElement("meta");
            xml.writeStartElement("creator");
            xml.writeCharacters("sitrep");
            xml.writeEndElement();
            xml.writeStartElement("description");
            xml.writeCharacters("who acts on whom: actors and the events from source to target");
            xml.writeEndElement();
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("mode", "static");
            List<Key> keys = keys(network);
            for (String domain : List.of("node", "edge")) {
                newline(xml, 2);
                xml.writeStartElement("attributes");
                xml.writeAttribute("class", domain);
                xml.writeAttribute("mode", "static");
                for (Key key : keys) {
                    if (key.domain().equals(domain) && !key.id().equals("name") && !key.id().equals("weight")) {
                        newline(xml, 3);
                        xml.writeEmptyElement("attribute");
                        xml.writeAttribute("id", key.id());
                        xml.writeAttribute("title", key.name());
                        xml.writeAttribute("type", key.type().equals("int") ? "integer" : key.type());
                    }
                }
                newline(xml, 2);
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeStartElement("nodes");
            for (ActorNetwork.Node node : network.nodes()) {
                newline(xml, 3);
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                xml.writeAttribute("label", node.name());
                Map<String, Object> values = nodeValues(node);
                values.remove("name");
                gexfValues(xml, values);
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 2);
            xml.writeStartElement("edges");
            int n = 0;
            for (ActorNetwork.Edge edge : network.edges()) {
                newline(xml, 3);
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + n++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                xml.writeAttribute("weight", String.valueOf((double) edge.events()));
                Map<String, Object> values = edgeValues(edge);
                values.remove("weight");
                gexfValues(xml, values);
                xml.writeEndElement();
            }
            newline(xml, 2);
            xml.writeEndElement();
            newline(xml, 1);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GEXF: " + e.getMessage(), e);
        }
        return text + "\n";
    }

    private static void gexfValues(XMLStreamWriter xml, Map<String, Object> values) throws XMLStreamException {
        xml.writeStartElement("attvalues");
        for (Map.Entry<String, Object> value : values.entrySet()) {
            if (value.getValue() != null) {
                xml.writeEmptyElement("attvalue");
                xml.writeAttribute("for", value.getKey());
                xml.writeAttribute("value", String.valueOf(value.getValue()));
            }
        }
        xml.writeEndElement();
    }

    /** Node-link JSON: {@code networkx.node_link_graph(data)} reads it as a directed graph. */
    static String json(ActorNetwork network) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("directed", true);
        out.put("multigraph", false);
        out.put("graph", Map.of("name", "sitrep actor network"));
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (ActorNetwork.Node node : network.nodes()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", node.id());
            item.put("name", node.name());
            item.put("kind", node.kind());
            item.put("country", node.country());
            item.put("mentions", node.mentions());
            item.put("events", node.events());
            nodes.add(item);
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (ActorNetwork.Edge edge : network.edges()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("source", edge.source());
            item.put("target", edge.target());
            item.put("events", edge.events());
            Map<String, Integer> classes = new LinkedHashMap<>();
            edge.classes().forEach((crisisClass, count) -> classes.put(crisisClass.name(), count));
            item.put("classes", classes);
            Map<String, Integer> quads = new LinkedHashMap<>();
            ActorNetwork.QUADS.forEach(quad -> quads.put(quad, edge.quads().getOrDefault(quad, 0)));
            item.put("quads", quads);
            edges.add(item);
        }
        out.put("nodes", nodes);
        out.put("edges", edges);
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the network as JSON", e);
        }
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
