package phantom.webconsole;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import org.apache.felix.webconsole.spi.SecurityProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may use the web console: anyone on this machine (a request from a loopback address), and
 * from elsewhere only with the user name and password set in the configuration
 * {@value #PID} (there is no default password: with none set, remote requests are refused).
 * Registered above the Felix console's own admin/admin provider, and required by the launcher
 * ({@code felix.webconsole.security.providers}), so that one is never used.
 */
@Component(service = SecurityProvider.class, configurationPid = AccessRule.PID,
    property = { SecurityProvider.PROPERTY_ID + "=" + AccessRule.ID, "service.ranking:Integer=1000" })
public final class AccessRule implements SecurityProvider {
    private static final Logger LOG = LoggerFactory.getLogger(AccessRule.class);
    static final String PID = "phantom.webconsole";
    static final String ID = "phantom";

    @ObjectClassDefinition(name = "Phantom web console access")
    @interface Config {
        @AttributeDefinition(description = "user name for requests from other machines (none: only this machine)")
        String user() default "";

        @AttributeDefinition(description = "its password, plain or as sha256:HEX of the UTF-8 password")
        String password() default "";
    }

    private volatile String user = "", password = "";

    @Activate
    void activate(org.osgi.framework.BundleContext ctx, Config c) {
        configure(c);
        if (!"false".equals(ctx.getProperty("org.apache.felix.http.enable"))) {
            String host = ctx.getProperty("org.apache.felix.http.host"), port = ctx.getProperty("org.osgi.service.http.port");
            LOG.info("web console: http://{}:{}/system/console/phantom-threads ({})", host == null ? "localhost" : host,
                port == null ? "8080" : port, remoteAllowed() ? "remote access with the configured user" : "this machine only");
        }
    }

    @Modified
    void configure(Config c) {
        user = c.user() == null ? "" : c.user().trim();
        password = c.password() == null ? "" : c.password();
        if (!user.isEmpty() && password.isEmpty()) LOG.warn("web console: user {} has no password: remote access stays off", user);
    }

    boolean remoteAllowed() { return !user.isEmpty() && !password.isEmpty(); }

    @Override
    public Object authenticate(HttpServletRequest req, HttpServletResponse resp) {
        if (isLocal(req.getRemoteAddr())) return "local";
        try {
            if (!remoteAllowed()) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, "the Phantom web console takes requests from this machine only;"
                    + " for remote access set user and password in " + PID + ".cfg (see the README)");
                return null;
            }
            String given = basic(req.getHeader("Authorization"));
            if (given != null && matches(given)) return user;
            resp.setHeader("WWW-Authenticate", "Basic realm=\"Phantom\", charset=\"UTF-8\"");
            resp.sendError(HttpServletResponse.SC_UNAUTHORIZED, "user name and password needed");
        } catch (java.io.IOException e) {
            LOG.debug("web console: cannot answer {}: {}", req.getRemoteAddr(), e.getMessage());
        }
        return null;
    }

    @Override public boolean authorize(Object user, String role) { return user != null; }

    @Override public void logout(HttpServletRequest req, HttpServletResponse resp) {}

    static boolean isLocal(String addr) {
        if (addr == null) return false;
        try {
            // a literal address only: no name lookup
            return (addr.indexOf(':') >= 0 || Character.isDigit(addr.charAt(0))) && InetAddress.getByName(addr).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** "user:password" from a Basic Authorization header, or null. */
    static String basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            return new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean matches(String given) {
        int colon = given.indexOf(':');
        if (colon < 0) return false;
        byte[] u = given.substring(0, colon).getBytes(StandardCharsets.UTF_8);
        byte[] p = given.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        boolean userOk = MessageDigest.isEqual(u, user.getBytes(StandardCharsets.UTF_8));
        String pw = password;
        boolean passOk;
        if (pw.startsWith("sha256:")) {
            passOk = MessageDigest.isEqual(sha256(p), HexFormat.of().parseHex(pw.substring(7).trim().toLowerCase(java.util.Locale.ROOT)));
        } else {
            passOk = MessageDigest.isEqual(p, pw.getBytes(StandardCharsets.UTF_8));
        }
        return userOk & passOk;
    }

    static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
