package phantom.webconsole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.felix.webconsole.servlet.AbstractServlet;
import org.apache.felix.webconsole.servlet.ServletConstants;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A Phantom page of the Felix Web Console: GET of the label renders the page (inside the
 * console's frame), GET of {@code label/NAME.json} answers data, POST of {@code label/NAME}
 * does an action. Bad input is a 400 with the message, a service that is not there a 503.
 */
abstract class Page extends AbstractServlet {
    private static final long serialVersionUID = 1L;

    /** Service properties every page registers with. */
    static final String CATEGORY = ServletConstants.PLUGIN_CATEGORY + "=Phantom";

    private final String label;

    Page(String label) { this.label = label; }

    /** The answer to GET {@code label/name.json}. */
    abstract Object data(String name, HttpServletRequest req);

    /** The answer to POST {@code label/name}: what was done. */
    Object action(String name, HttpServletRequest req) {
        throw new NotFound("no action " + name);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String name = sub(req);
        if (name == null || !name.endsWith(".json")) {
            super.doGet(req, resp);
            return;
        }
        answer(resp, () -> data(name.substring(0, name.length() - ".json".length()), req));
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = sub(req);
        answer(resp, () -> action(name == null ? "" : name, req));
    }

    /** The part of the path after the label, or null for the page itself. */
    private String sub(HttpServletRequest req) {
        String pi = req.getPathInfo();
        if (pi == null) return null;
        String prefix = "/" + label + "/";
        int at = pi.indexOf(prefix);
        if (at < 0) return null;
        String rest = pi.substring(at + prefix.length());
        return rest.isEmpty() ? null : rest;
    }

    private static void answer(HttpServletResponse resp, java.util.function.Supplier<Object> work) throws IOException {
        int status = 200;
        Object body;
        try {
            body = work.get();
        } catch (NotFound e) {
            status = 404;
            body = Map.of("error", e.getMessage());
        } catch (IllegalArgumentException e) {
            status = 400;
            body = Map.of("error", e.getMessage() == null ? e.toString() : e.getMessage());
        } catch (Unavailable e) {
            status = 503;
            body = Map.of("error", e.getMessage());
        } catch (RuntimeException e) {
            status = 500;
            body = Map.of("error", e.toString());
        }
        setNoCache(resp);
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(Json.of(body));
    }

    @Override
    public void renderContent(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object root = req.getAttribute(ServletConstants.ATTR_PLUGIN_ROOT);
        String r = (root == null ? label : root.toString()).replace("'", "").replace("\"", "");
        // scripts and styles are resources of this bundle (res/), spooled by AbstractServlet unfiltered:
        // the console replaces ${...} in the page itself
        resp.getWriter().write("<link rel=\"stylesheet\" href=\"" + r + "/res/phantom.css\">\n<script>const PLUGIN_ROOT = '" + r
            + "';</script>\n<script src=\"" + r + "/res/phantom.js\"></script>\n" + resource(label + ".html")
            + "<script src=\"" + r + "/res/" + label + ".js\"></script>\n");
    }

    /** {@code .../label/res/NAME}: this bundle's res/NAME (scripts, styles), spooled by AbstractServlet. */
    @Override
    protected java.net.URL getResource(String path) {
        String prefix = "/" + label + "/res/";
        int at = path == null ? -1 : path.indexOf(prefix);
        if (at < 0) return null;
        String name = path.substring(at + prefix.length());
        return name.contains("..") || name.contains("/") ? null : Page.class.getResource("res/" + name);
    }

    private String resource(String name) throws IOException {
        try (InputStream in = Page.class.getResourceAsStream("res/" + name)) {
            if (in == null) throw new IOException("no resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A required request parameter as a number, or a 400 naming it. */
    static long number(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("missing parameter " + name);
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a number: '" + v + "'");
        }
    }

    /** A required request parameter. */
    static String text(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null) throw new IllegalArgumentException("missing parameter " + name);
        return v;
    }

    /** The service, or a 503 naming what is missing. */
    static <T> T need(T service, String what) {
        if (service == null) throw new Unavailable(what + " is not running");
        return service;
    }

    static final class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        Unavailable(String m) { super(m); }
    }

    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        NotFound(String m) { super(m); }
    }
}
