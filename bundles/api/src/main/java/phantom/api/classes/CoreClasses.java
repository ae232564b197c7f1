package phantom.api.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Names and method tables of the core internal classes. Every class extends {@code object}, so
 * every method table starts with {@link #OBJECT}'s methods; ordinals never change meaning. The
 * implementing bundles and the assembler both read these lists, so they cannot disagree.
 */
public final class CoreClasses {
    private CoreClasses() {}

    public static final List<String> OBJECT = List.of("toString", "equals", "hashCode", "className");

    public static final List<String> CLASS = extend("name", "superclass");
    public static final List<String> INT = extend("parse", "max", "min", "abs");
    public static final List<String> LONG = extend("value", "parse");
    public static final List<String> FLOAT = extend("value", "parse");
    public static final List<String> DOUBLE = extend("value", "parse", "sqrt",
        "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "log10", "pow", "cbrt", "hypot",
        "floor", "ceil", "rint");
    public static final List<String> STRING = extend("length", "concat", "compare", "substring", "indexOf",
        "charAt", "toInt", "fromInt", "fromObject", "startsWith",
        "indexOfFrom", "lastIndexOfFrom", "compareTo", "toLower", "toUpper", "fromChar", "fromChars", "getChars",
        "fromLong", "fromDouble", "fromFloat", "toDouble", "isDouble", "intern");
    public static final List<String> ARRAY = extend("size", "get", "set", "add", "removeLast", "clear");
    public static final List<String> BINARY = extend("size", "resize", "get", "set", "fill");
    public static final List<String> THREAD = extend("id", "name", "current", "priority", "setPriority", "join", "isAlive", "setName", "fail", "setDaemon");
    public static final List<String> TTY = extend("print", "println", "readLine");
    public static final List<String> TIME = extend("now", "sleep", "nanos");
    public static final List<String> MUTEX = extend("lock", "unlock", "isLocked");
    public static final List<String> SEMAPHORE = extend("acquire", "release", "available", "setPermits");
    public static final List<String> CONDITION = extend("await", "signal", "signalAll");
    /** TCP listeners and connections and UDP sockets; blocking calls are re-issued, see phantom.api.driver.Network. */
    public static final List<String> SOCKET = extend("listen", "accept", "connect", "read", "readLine", "write",
        "close", "bind", "sendTo", "receive", "port", "peerHost", "peerPort");

    /** Class name to method table, for every core internal class. */
    public static final Map<String, List<String>> ALL = Map.ofEntries(
        Map.entry("object", OBJECT), Map.entry("class", CLASS), Map.entry("int", INT), Map.entry("long", LONG),
        Map.entry("float", FLOAT), Map.entry("double", DOUBLE), Map.entry("string", STRING), Map.entry("array", ARRAY),
        Map.entry("binary", BINARY), Map.entry("thread", THREAD), Map.entry("tty", TTY), Map.entry("time", TIME),
        Map.entry("mutex", MUTEX), Map.entry("semaphore", SEMAPHORE), Map.entry("condition", CONDITION),
        Map.entry("socket", SOCKET));

    private static List<String> extend(String... own) {
        List<String> l = new ArrayList<>(OBJECT);
        l.addAll(List.of(own));
        return List.copyOf(l);
    }
}
