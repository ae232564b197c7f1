package phantom.webconsole;

import static org.junit.Assert.*;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.junit.Test;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Who gets in: this machine always, another one only with the user and password set; no default password. */
public class AccessRuleTest {

    private static AccessRule rule(String user, String password) {
        AccessRule r = new AccessRule();
        r.configure(new AccessRule.Config() {
            @Override public Class<? extends Annotation> annotationType() { return AccessRule.Config.class; }
            @Override public String user() { return user; }
            @Override public String password() { return password; }
        });
        return r;
    }

    private static HttpServletRequest request(String remote, String authorization) {
        return request("GET", remote, remote.contains(":") ? "[" + remote + "]:8080" : remote + ":8080", null, authorization);
    }

    private static HttpServletRequest request(String method, String remote, String host, String origin, String authorization) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", authorization);
        headers.put("Host", host);
        headers.put("Origin", origin);
        return (HttpServletRequest) Proxy.newProxyInstance(AccessRuleTest.class.getClassLoader(), new Class<?>[] { HttpServletRequest.class },
            (p, m, a) -> switch (m.getName()) {
                case "getRemoteAddr" -> remote;
                case "getMethod" -> method;
                case "getHeader" -> headers.get((String) a[0]);
                default -> null;
            });
    }

    /** A response that keeps what was sent. */
    private static final class Sent {
        int status;
        String message;
        final Map<String, String> headers = new HashMap<>();

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(AccessRuleTest.class.getClassLoader(), new Class<?>[] { HttpServletResponse.class },
                (p, m, a) -> {
                    switch (m.getName()) {
                        case "sendError" -> {
                            status = (Integer) a[0];
                            message = a.length > 1 ? (String) a[1] : null;
                        }
                        case "setHeader" -> headers.put((String) a[0], (String) a[1]);
                        default -> { }
                    }
                    return null;
                });
        }
    }

    private static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void thisMachineNeedsNoCredentials() {
        Sent s = new Sent();
        assertNotNull(rule("", "").authenticate(request("127.0.0.1", null), s.response()));
        assertNotNull(rule("", "").authenticate(request("0:0:0:0:0:0:0:1", null), s.response()));
        assertNotNull(rule("", "").authenticate(request("127.0.0.7", null), s.response()));
        assertEquals(0, s.status);
    }

    @Test
    public void withoutConfiguredCredentialsOtherMachinesAreRefused() {
        for (AccessRule r : new AccessRule[] { rule("", ""), rule("admin", ""), rule("", "secret") }) {
            Sent s = new Sent();
            // not even the Felix console's default admin/admin
            assertNull(r.authenticate(request("192.168.1.20", basic("admin:admin")), s.response()));
            assertEquals(403, s.status);
            assertTrue(s.message, s.message.contains("phantom.webconsole.cfg"));
        }
    }

    @Test
    public void otherMachinesNeedTheConfiguredUserAndPassword() {
        AccessRule r = rule("alice", "s3cret pass");
        Sent none = new Sent();
        assertNull(r.authenticate(request("10.0.0.5", null), none.response()));
        assertEquals(401, none.status);
        assertTrue(none.headers.get("WWW-Authenticate").startsWith("Basic"));
        Sent wrong = new Sent();
        assertNull(r.authenticate(request("10.0.0.5", basic("alice:nope")), wrong.response()));
        assertEquals(401, wrong.status);
        assertNull(r.authenticate(request("10.0.0.5", basic("bob:s3cret pass")), new Sent().response()));
        assertNull(r.authenticate(request("10.0.0.5", "Basic %%%"), new Sent().response()));
        assertEquals("alice", r.authenticate(request("10.0.0.5", basic("alice:s3cret pass")), new Sent().response()));
        // a host name is never looked up: only literal loopback addresses count as this machine
        assertNull(r.authenticate(request("localhost", null), new Sent().response()));
    }

    @Test
    public void aPageOfAnotherSiteCannotPostToTheConsole() {
        AccessRule r = rule("", "");
        Sent s = new Sent();
        assertNull(r.authenticate(request("POST", "127.0.0.1", "127.0.0.1:8080", "https://evil.example", null), s.response()));
        assertEquals(403, s.status);
        assertTrue(s.message, s.message.contains("cross-site"));
        assertNull(r.authenticate(request("POST", "127.0.0.1", "127.0.0.1:8080", "null", null), new Sent().response()));
        assertNull("another port is another origin", r.authenticate(request("POST", "127.0.0.1", "127.0.0.1:8080", "http://127.0.0.1:9999", null), new Sent().response()));
        // the console's own pages, and clients that are no browser page
        assertNotNull(r.authenticate(request("POST", "127.0.0.1", "127.0.0.1:8080", "http://127.0.0.1:8080", null), new Sent().response()));
        assertNotNull(r.authenticate(request("POST", "127.0.0.1", "127.0.0.1:8080", null, null), new Sent().response()));
        assertNotNull("reading is no forgery", r.authenticate(request("GET", "127.0.0.1", "127.0.0.1:8080", "https://evil.example", null), new Sent().response()));
    }

    @Test
    public void aNameReboundToThisMachineIsNotThisMachine() {
        Sent s = new Sent();
        assertNull(rule("", "").authenticate(request("GET", "127.0.0.1", "evil.example:8080", null, null), s.response()));
        assertEquals(403, s.status);
        assertNotNull(rule("", "").authenticate(request("GET", "127.0.0.1", "localhost:8080", null, null), new Sent().response()));
        assertNotNull(rule("", "").authenticate(request("GET", "::1", "[::1]:8080", null, null), new Sent().response()));
        assertEquals("with credentials set it asks for them", "alice",
            rule("alice", "pw").authenticate(request("GET", "127.0.0.1", "evil.example:8080", null, basic("alice:pw")), new Sent().response()));
    }

    @Test
    public void aPasswordMayBeGivenAsItsSha256() {
        String hash = "sha256:" + HexFormat.of().formatHex(AccessRule.sha256("s3cret".getBytes(StandardCharsets.UTF_8)));
        AccessRule r = rule("alice", hash);
        assertEquals("alice", r.authenticate(request("10.0.0.5", basic("alice:s3cret")), new Sent().response()));
        assertNull(r.authenticate(request("10.0.0.5", basic("alice:" + hash)), new Sent().response()));
    }
}
