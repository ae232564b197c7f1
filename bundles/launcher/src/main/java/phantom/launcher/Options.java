package phantom.launcher;

import java.nio.file.Path;

/** Command-line options of the launcher. Parsing never throws anything but {@link UsageException}. */
final class Options {
    static final String USAGE = String.join("\n",
        "usage: phantom [options]",
        "  --data DIR        data directory: object space and state (default: ./data)",
        "  --deploy DIR      folder watched for bundles to install or update live (default: ./deploy)",
        "  --capacity SIZE   object space capacity, e.g. 4g, 16g (default: 4g)",
        "  --no-shell        no interactive Gogo shell, even on a terminal",
        "  --exit-after-boot start, print the boot summary, stop (for checks and scripts)",
        "  --run FILE        load FILE (.pasm or class file), start its main, stop when it ends",
        "  --start FILE      load FILE and start its main; keep running (programs persist)",
        "  --threads N       with --run/--start: start N threads of the program (default 1)",
        "  --snapshot-period MS  milliseconds between snapshots (default 1000; 0: only on request)",
        "  --gc-every N      run the cycle collector after every N snapshots (default 30; 0: only by free space or on request)",
        "  --open-as-is      open a space that cannot be restored from a whole snapshot as it is (it may be torn);",
        "                    without it such a space is refused and nothing is changed",
        "  --help            this text",
        "other commands of ./phantom: run FILE, test, build, asm/disasm FILE, bench ..., crash-test [KILLS],",
        "  image verify DIR  check a data directory offline: every snapshot generation and every page; exit 0 when intact");

    Path data = Path.of("data");
    Path deploy = Path.of("deploy");
    String capacity = "4g";
    boolean shell = true;
    boolean exitAfterBoot;
    boolean help;
    Path run;
    Path start;
    int threads = 1;
    String snapshotPeriod;
    String gcEvery;
    boolean openAsIs;

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
                case "--help":
                case "-h":
                    o.help = true;
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
        if (!s.trim().toLowerCase(java.util.Locale.ROOT).matches("[1-9][0-9]*[kmgt]?")) {
            throw new UsageException("--capacity: not a size: '" + s + "' (use bytes or a number with k, m, g or t)");
        }
        return s.trim();
    }
}
