package io.github.kudos.render;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a page's template sees: the page's own values over the values every page shares (site,
 * profiles, ...). The shared values come with each render, not with each page, so a page planned
 * by an earlier build stays the same instance when only they changed.
 */
final class PageModel extends AbstractMap<String, Object> {
    private final Map<String, Object> common;
    private final Map<String, Object> own;

    PageModel(Map<String, Object> common, Map<String, Object> own) {
        this.common = common;
        this.own = own;
    }

    @Override
    public Object get(Object key) {
        Object value = own.get(key);
        return value != null || own.containsKey(key) ? value : common.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return own.containsKey(key) || common.containsKey(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>(common);
        all.putAll(own);
        return all.entrySet();
    }
}
