package java.util;

public interface SequencedMap<K, V> extends Map<K, V> {
    default Map.Entry<K, V> firstEntry() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) return null;
        Map.Entry<K, V> e = it.next();
        return new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue());
    }

    default Map.Entry<K, V> lastEntry() {
        Map.Entry<K, V> last = null;
        for (Map.Entry<K, V> e : entrySet()) last = e;
        return last == null ? null : new AbstractMap.SimpleImmutableEntry<>(last.getKey(), last.getValue());
    }

    default Map.Entry<K, V> pollFirstEntry() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) return null;
        Map.Entry<K, V> e = it.next();
        Map.Entry<K, V> r = new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue());
        it.remove();
        return r;
    }

    default Map.Entry<K, V> pollLastEntry() {
        Map.Entry<K, V> last = lastEntry();
        if (last != null) remove(last.getKey());
        return last;
    }
}
