package org.sitrep.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import scala.Tuple2;

/**
 * Connected components of what the blocking found. Nodes that share a key are joined by shuffling (each key's
 * smallest node, then every node to it); the edges, far fewer than the nodes' keys, are joined on the driver.
 */
final class Components {
    private Components() {
    }

    /** Node → component, for nodes that share a key with another; a node missing is a component of its own. */
    static Map<String, String> ofSharedKeys(JavaPairRDD<String, String> keyNode) {
        JavaPairRDD<String, String> smallest = keyNode.reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b);
        List<Tuple2<String, String>> edges = keyNode.join(smallest).values()
                .filter(pair -> !pair._1().equals(pair._2())).distinct().collect();
        return of(edges);
    }

    static Map<String, String> of(List<Tuple2<String, String>> edges) {
        UnionFind components = new UnionFind();
        edges.forEach(edge -> components.union(edge._1(), edge._2()));
        return components.components();
    }
}
