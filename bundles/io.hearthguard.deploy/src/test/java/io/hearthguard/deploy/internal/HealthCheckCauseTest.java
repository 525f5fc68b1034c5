package io.hearthguard.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A refused release says why its component failed, not only that SCR's reflection call did (found by a vendor). */
class HealthCheckCauseTest {
    @Test
    void theInnermostCauseOfAFailedActivationIsTheReason() {
        String scr = """
            java.lang.reflect.InvocationTargetException
            \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
            \tat org.apache.felix.scr.impl.inject.internal.ComponentConstructorImpl.newInstance(ComponentConstructorImpl.java:326)
            Caused by: java.lang.IllegalArgumentException: bad policy line 3
            \tat com.lumen.Policy.parse(Policy.java:41)
            Caused by: java.lang.NumberFormatException: For input string: "5MB"
            \tat java.base/java.lang.Integer.parseInt(Integer.java:652)
            """;
        assertEquals("java.lang.NumberFormatException: For input string: \"5MB\"", HealthCheck.cause(scr));
        assertEquals("java.lang.IllegalStateException: no policy", HealthCheck.cause("java.lang.IllegalStateException: no policy\n\tat x.y(Z.java:1)"));
        assertEquals("(no reason given)", HealthCheck.cause(null));
    }
}
