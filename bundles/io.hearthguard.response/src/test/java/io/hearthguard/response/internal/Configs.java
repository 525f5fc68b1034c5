package io.hearthguard.response.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Builds a component property type (a DS {@code Config} annotation) from a map, defaults elsewhere. */
final class Configs {
    private Configs() {
    }

    static <T> T of(Class<T> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, m, args) -> {
            if (values.containsKey(m.getName())) {
                return values.get(m.getName());
            }
            if (m.getDefaultValue() != null) {
                return m.getDefaultValue();
            }
            if (m.getName().equals("annotationType")) {
                return type;
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }
}
