package phantom.itests.web;

import static org.junit.Assert.*;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 18: the web console in a real headless browser (Debian's chromium and chromedriver,
 * driven by Selenium) against the real system started by its launcher: every Phantom page and
 * the Felix bundle page load, a thread is suspended and resumed from the threads page, a TTY
 * window shows a program's output and sends it a line, the memory map renders. One browser
 * session for all of it; a screenshot of each page goes to target/screenshots.
 * Skipped, saying so, when no chromium or chromedriver is installed (.ci/run installs them).
 */
public class WebConsoleBrowserTest {
    private static final Path LAUNCHER = Path.of("../bundles/launcher/target/phantom/phantom-launcher.jar");
    static final Path CHROMIUM = Path.of(System.getProperty("phantom.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("phantom.chromedriver", "/usr/bin/chromedriver"));

    static final String ECHO = """
        class WebEcho
        method main ()V
            new tty
            oldc "web echo ready"
            call tty.println (O)V
        loop:
            new tty
            call tty.readLine ()O
            odup
            ifnull eof
            ostore 1
            new tty
            oldc "echo: "
            oload 1
            call string.concat (O)O
            call tty.println (O)V
            goto loop
        eof:
            opop
            ret
        end
        """;

    private static Process system;
    private static final List<String> lines = new CopyOnWriteArrayList<>();
    private static WebDriver browser;
    private static String base;
    private static Path shots;

    @BeforeClass
    public static void start() throws Exception {
        boolean haveBrowser = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!haveBrowser) {
            System.err.println("WebConsoleBrowserTest SKIPPED: no " + (Files.isExecutable(CHROMIUM) ? CHROMEDRIVER : CHROMIUM)
                + " (apt-get install -y chromium chromium-driver; .ci/run does it)");
        }
        Assume.assumeTrue("chromium and chromedriver are installed", haveBrowser);
        Path work = Path.of(System.getProperty("phantom.itest.work", "target/work"));
        Files.createDirectories(work);
        Path dir = Files.createTempDirectory(work, "web");
        Path program = dir.resolve("webecho.pasm");
        Files.writeString(program, ECHO);
        shots = Path.of(System.getProperty("phantom.screenshots", "target/screenshots"));
        Files.createDirectories(shots);
        Files.deleteIfExists(shots.resolve("failure.png")); // from an earlier run
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port + "/system/console/";
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-jar", LAUNCHER.toString(), "--no-shell",
            "--data", dir.resolve("data").toString(), "--deploy", dir.resolve("deploy").toString(),
            "--capacity", "256m", "--web", Integer.toString(port), "--start", program.toString()));
        system = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(system.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) lines.add(l);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        awaitConsole();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // root in CI: no sandbox; a small /dev/shm in containers
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Until the console answers (Jetty, the Felix console and the Phantom plugins are up). */
    private static void awaitConsole() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            assertTrue("the system runs: " + lines, system.isAlive());
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create(base + "phantom-tty/threads.json").toURL().openConnection();
                c.setConnectTimeout(2000);
                if (c.getResponseCode() == 200 && new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("WebEcho")) return;
            } catch (IOException e) {
                // not listening yet
            }
            assertTrue("the web console answers within 60 s: " + lines, System.nanoTime() < deadline);
            Thread.sleep(100);
        }
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (system != null) {
            system.destroy();
            if (!system.waitFor(30, TimeUnit.SECONDS)) system.destroyForcibly();
        }
    }

    private static WebDriverWait waiting() { return new WebDriverWait(browser, Duration.ofSeconds(20)); }

    private static void open(String page) {
        browser.get(base + page);
        // the Felix console's frame around the page, and no error from the page's own script
        waiting().until(d -> !d.findElements(By.id("ph-error")).isEmpty() || !d.findElements(By.id("plugin_table")).isEmpty());
    }

    private static void screenshot(String name) throws IOException {
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The text of the first element matching a CSS selector, "" for none: read in the page, so a table rebuilt meanwhile is no stale element. */
    private static String text(String css) {
        Object t = ((JavascriptExecutor) browser).executeScript("const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
        return t == null ? "" : t.toString();
    }

    /** Clicks the first element matching a CSS selector, in the page. */
    private static void click(String css) {
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
            "const e = document.querySelector(arguments[0]); if (!e) return false; e.click(); return true;", css));
    }

    private static String error() {
        List<WebElement> e = browser.findElements(By.id("ph-error"));
        return e.isEmpty() ? "" : e.get(0).getText();
    }

    @Test
    public void theConsoleInABrowser() throws Exception {
        try {
            walkThrough();
        } catch (RuntimeException | AssertionError e) {
            screenshot("failure");
            throw new AssertionError("at " + browser.getCurrentUrl() + " (screenshot failure.png); page error '" + error()
                + "'; page text:\n" + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private void walkThrough() throws Exception {
        // threads: the program's thread appears; suspend and resume it with the page's buttons
        open("phantom-threads");
        waiting().until(d -> !text("#threads tbody tr[id^=thread-] td").isEmpty());
        String id = text("#threads tbody tr[id^=thread-] td");
        String row = "#thread-" + id;
        click(row + " button.suspend");
        waiting().until(d -> text(row + " .state").equals("suspended"));
        assertTrue(text("#ph-message"), text("#ph-message").contains("thread " + id + " suspended"));
        screenshot("threads-suspended");
        click(row + " button.resume");
        waiting().until(d -> !text(row + " .state").equals("suspended") && !text(row + " .state").isEmpty());
        click(row + " button.stack");
        waiting().until(d -> text("#stack").contains("WebEcho.main()V"));
        assertEquals("", error());
        screenshot("threads");

        // the program's TTY window: its output, then a line sent from the page and its echo
        open("phantom-tty");
        String tty = "#tty-" + id;
        waiting().until(d -> text(tty + " .out").contains("web echo ready"));
        browser.findElement(By.cssSelector(tty + " .line")).sendKeys("hello from the browser");
        click(tty + " button");
        waiting().until(d -> text(tty + " .out").contains("echo: hello from the browser"));
        assertEquals("", error());
        screenshot("tty");

        // the memory map: drawn, with allocated pages in the space's colours
        open("phantom-memory");
        waiting().until(d -> d.findElement(By.id("map")).getAttribute("data-rendered") != null);
        Object coloured = ((JavascriptExecutor) browser).executeScript(
            "const c = document.getElementById('map'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
            + " let n = 0; for (let i = 0; i < d.length; i += 4) if (d[i] === 0x44 && d[i + 1] === 0xaa && d[i + 2] === 0x77) n++; return n;");
        assertTrue("allocated pages drawn: " + coloured, ((Number) coloured).longValue() > 0);
        assertEquals("", error());
        screenshot("memory");

        // the other pages load and fill in without an error
        open("phantom-classes");
        waiting().until(d -> text("#classes").contains("WebEcho"));
        screenshot("classes");
        open("phantom-objects");
        waiting().until(d -> text("#fields").contains("threads"));
        browser.findElement(By.xpath("//table[@id='fields']//tr[td[1]='threads']//a")).click();
        waiting().until(d -> text("#title").startsWith("array @"));
        screenshot("objects");
        open("phantom-snapshots");
        waiting().until(d -> text("#summary").contains("newest durable generation"));
        screenshot("snapshots");
        assertEquals("", error());
        open("phantom-deploy");
        waiting().until(d -> text("#bundles").contains("phantom.webconsole"));
        screenshot("deploy");
        browser.get(base + "bundles");
        waiting().until(d -> d.getPageSource().contains("phantom.webconsole"));
        screenshot("bundles");
    }
}
