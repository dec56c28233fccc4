package io.github.kudos.content;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable maps that iterate in key order. Map.copyOf iterates in an order that changes from
 * one JVM run to the next, which would make builds differ byte for byte.
 */
public final class SortedMaps {
    private SortedMaps() {}

    public static <V> Map<String, V> copyOf(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
