package phantom.launcher;

import java.nio.file.Path;

/** Command-line options of the launcher. Parsing never throws anything but {@link UsageException}. */
final class Options {
    /** The smallest space the VM boots in (its classes, strings and the first threads), with room to run a program. */
    static final long MIN_CAPACITY = 16L << 20;

    static final String USAGE = String.join("\n",
        "usage: phantom [options]            boot the system (Gogo shell on a terminal)",
        "       phantom run FILE [options]   run a program (.pasm or .phc) to its end on a fresh data directory",
        "       phantom asm FILE.pasm [-o DIR] | disasm FILE.phc   assemble / disassemble class files",
        "       phantom build | test         build the distribution / build and run every test",
        "       phantom crash-test [KILLS]   kill -9 the system KILLS times (default 200), check every restart",
        "       phantom bench space|vm|snapshot|gc   benchmark figures",
        "       phantom bundle MODULE [--deploy [DIR]]   rebuild one bundle; --deploy drops it into the deploy folder",
        "       phantom image verify DIR     check a data directory offline: every snapshot generation and page; exit 0 when intact",
        "options:",
        "  --data DIR        data directory: object space, log and state (default: ./data)",
        "  --deploy DIR      deploy folder: a jar there updates the bundle of its name in place, removing it rolls back (default: ./deploy)",
        "  --capacity SIZE   object space capacity, e.g. 4g, 16g; at least " + (MIN_CAPACITY >> 20) + "m (default: 4g)",
        "  --no-shell        no interactive Gogo shell, even on a terminal",
        "  --exit-after-boot start, print the boot summary, stop (for checks and scripts)",
        "  --run FILE        load FILE (.pasm or class file), start its main, stop when it ends",
        "  --start FILE      load FILE and start its main; keep running (programs persist)",
        "  --threads N       with --run/--start: start N threads of the program (default 1)",
        "  --snapshot-period MS  milliseconds between snapshots (default 1000; 0: only on request)",
        "  --gc-every N      run the cycle collector after every N snapshots (default 30; 0: only by free space or on request)",
        "  --open-as-is      open a space that cannot be restored from a whole snapshot as it is (it may be torn);",
        "                    without it such a space is refused and nothing is changed",
        "  --log-level LEVEL what the console shows: error, warn, info, debug, trace (default info; warn under the",
        "                    shell once booted and with --run); DATA/log/phantom.log gets info, or debug/trace if asked",
        "  --web PORT|off    the web console's port on this machine (default 8080; off with --run unless given)",
        "  --web-host ADDR   the address it listens on (default 127.0.0.1, this machine only; another needs the",
        "                    credentials of deploy/phantom.webconsole.cfg, see the README)",
        "  --version         the version of Phantom and of the Java it runs on",
        "  --help            this text",
        "exit codes: 0 done; 1 failed (a --run program that fails to load or dies, a bad data directory); 2 bad command line;",
        "            3 a bundle did not start (--exit-after-boot)");

    Path data = Path.of("data");
    Path deploy = Path.of("deploy");
    String capacity = "4g";
    boolean shell = true;
    boolean exitAfterBoot;
    boolean help;
    boolean version;
    String logLevel;
    Path run;
    Path start;
    int threads = 1;
    String snapshotPeriod;
    String gcEvery;
    boolean openAsIs;
    /** The web console's port: null for the default (8080, off with --run), "off" for none. */
    String web;
    String webHost = "127.0.0.1";

    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) { super(message); }
    }

    static Options parse(String... args) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--data":
                    o.data = Path.of(value != null ? value : next(args, ++i, a));
                    break;
                case "--deploy":
                    o.deploy = Path.of(value != null ? value : next(args, ++i, a));
                    break;
                case "--capacity":
                    o.capacity = checkSize(value != null ? value : next(args, ++i, a));
                    break;
                case "--run":
                    o.run = Path.of(value != null ? value : next(args, ++i, a));
                    o.shell = false;
                    break;
                case "--start":
                    o.start = Path.of(value != null ? value : next(args, ++i, a));
                    break;
                case "--threads":
                    o.threads = count(value != null ? value : next(args, ++i, a), a);
                    break;
                case "--snapshot-period":
                    o.snapshotPeriod = Integer.toString(number(value != null ? value : next(args, ++i, a), a));
                    break;
                case "--gc-every":
                    o.gcEvery = Integer.toString(number(value != null ? value : next(args, ++i, a), a));
                    break;
                case "--no-shell":
                    noValue(a, value);
                    o.shell = false;
                    break;
                case "--open-as-is":
                    noValue(a, value);
                    o.openAsIs = true;
                    break;
                case "--exit-after-boot":
                    noValue(a, value);
                    o.exitAfterBoot = true;
                    break;
                case "--web": {
                    String v = value != null ? value : next(args, ++i, a);
                    if (v.equals("off")) {
                        o.web = v;
                    } else {
                        int port = number(v, a);
                        if (port < 1 || port > 65535) throw new UsageException("--web: '" + v + "' is not a port (1-65535) or off");
                        o.web = Integer.toString(port);
                    }
                    break;
                }
                case "--web-host":
                    o.webHost = value != null ? value : next(args, ++i, a);
                    break;
                case "--log-level":
                    o.logLevel = level(value != null ? value : next(args, ++i, a));
                    break;
                case "--help":
                case "-h":
                    o.help = true;
                    break;
                case "--version":
                    noValue(a, value);
                    o.version = true;
                    break;
                default:
                    throw new UsageException(a.startsWith("-")
                        ? "unknown option '" + a + "' (try --help)"
                        : "unexpected argument '" + a + "' (try --help)");
            }
        }
        return o;
    }

    private static String next(String[] args, int i, String flag) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException("option " + flag + " needs a value (try --help)");
        }
        return args[i];
    }

    private static void noValue(String flag, String value) throws UsageException {
        if (value != null) throw new UsageException("option " + flag + " takes no value");
    }

    private static int number(String s, String flag) throws UsageException {
        try {
            int n = Integer.parseInt(s.trim());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + ": not a number of milliseconds: '" + s + "'");
        }
    }

    private static int count(String s, String flag) throws UsageException {
        try {
            int n = Integer.parseInt(s.trim());
            if (n < 1 || n > 1000) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(flag + ": not a count from 1 to 1000: '" + s + "'");
        }
    }

    private static String checkSize(String s) throws UsageException {
        String v = s.trim().toLowerCase(java.util.Locale.ROOT);
        if (!v.matches("[1-9][0-9]{0,15}[kmgt]?")) {
            throw new UsageException("--capacity: not a size: '" + s + "' (use bytes or a number with k, m, g or t)");
        }
        char unit = v.charAt(v.length() - 1);
        int shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : unit == 't' ? 40 : 0;
        long n = Long.parseLong(shift == 0 ? v : v.substring(0, v.length() - 1));
        // a space too small to boot the VM used to leave `run` waiting for a VM that never came
        if (n > (Long.MAX_VALUE >> shift) || (n << shift) > (1L << 50)) throw new UsageException("--capacity: '" + s + "' is too large (at most 1024t)");
        long bytes = n << shift;
        if (bytes < MIN_CAPACITY) {
            throw new UsageException("--capacity: '" + s + "' is too small: the system needs at least " + (MIN_CAPACITY >> 20) + "m");
        }
        if ((bytes & 4095) != 0) throw new UsageException("--capacity: '" + s + "' is not a multiple of 4k (the page size)");
        return s.trim();
    }

    private static String level(String s) throws UsageException {
        String v = s.trim().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("error", "warn", "info", "debug", "trace").contains(v)) {
            throw new UsageException("--log-level: '" + s + "' is not one of error, warn, info, debug, trace");
        }
        return v;
    }
}
