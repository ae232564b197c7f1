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
 * Who may use the web console: anyone on this machine (a request from a loopback address to
 * localhost or a loopback address, so no page whose name was rebound to 127.0.0.1 gets in), and
 * from elsewhere only with the user name and password set in the configuration
 * {@value #PID} (there is no default password: with none set, remote requests are refused).
 * Registered above the Felix console's own admin/admin provider, and required by the launcher
 * ({@code felix.webconsole.security.providers}), so that one is never used. A POST from another
 * site's page (its Origin is not this console) is refused, for the console's own pages too.
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
        try {
            String refused = crossSite(req);
            if (refused != null) {
                resp.sendError(HttpServletResponse.SC_FORBIDDEN, refused);
                return null;
            }
            // this machine, asked by a name of this machine: a page whose name was rebound to 127.0.0.1 is not
            if (isLocal(req.getRemoteAddr()) && isLocalName(hostName(req.getHeader("Host")))) return "local";
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

    private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS");

    /**
     * Why a request that changes something comes from another site's page, or null: a browser
     * names the page's origin on every POST; it must be this console's own (no request forgery
     * from a page open in the same browser, against this machine's credential-free access).
     */
    static String crossSite(HttpServletRequest req) {
        if (req.getMethod() == null || SAFE_METHODS.contains(req.getMethod().toUpperCase(java.util.Locale.ROOT))) return null;
        if ("cross-site".equals(req.getHeader("Sec-Fetch-Site"))) return "cross-site request refused";
        String origin = req.getHeader("Origin"), host = req.getHeader("Host");
        if (origin == null) return null; // not a browser's page (curl, scripts)
        try {
            String authority = java.net.URI.create(origin).getAuthority();
            if (authority != null && host != null && authority.equalsIgnoreCase(host)) return null;
        } catch (IllegalArgumentException e) {
            // "null" or junk: not our page
        }
        return "cross-site request refused (Origin " + origin + ")";
    }

    /** The host name of a Host header (no port; IPv6 without brackets), or null. */
    static String hostName(String host) {
        if (host == null || host.isEmpty()) return null;
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? null : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** localhost, or a loopback address literal. */
    static boolean isLocalName(String name) {
        return name != null && (name.equalsIgnoreCase("localhost") || isLocal(name));
    }

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
