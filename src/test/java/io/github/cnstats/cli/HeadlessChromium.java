package io.github.cnstats.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium for tests, driven over the DevTools protocol with the JDK's own HTTP client and WebSocket, so
 * no browser-driver dependency is needed: load a page, evaluate JavaScript in it, press keys, move the mouse, and
 * take a screenshot. The browser listens on a port of the loopback interface chosen by the system, and is killed
 * on {@link #close()}.
 */
final class HeadlessChromium implements AutoCloseable {

    /** Where Debian's package installs the browser; {@code -Dcnstats.chromium=PATH} names another. */
    static final Path BINARY = Path.of(System.getProperty("cnstats.chromium", "/usr/bin/chromium"));

    private static final Duration STARTUP = Duration.ofSeconds(20);
    private static final Duration CALL = Duration.ofSeconds(10);
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+)\"", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern STRING_VALUE = Pattern.compile("\"value\":(\"(?:[^\"\\\\]++|\\\\.)*+\")");
    private static final Pattern DATA = Pattern.compile("\"data\":\"([^\"]*)\"");

    private final Process process;
    /** Set once connected; the listener, made before it, answers the calls of this instance. */
    private WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process) {
        this.process = process;
    }

    /**
     * Starts the browser on a page.
     *
     * @param profile an empty directory for the browser's profile
     * @param page    the page to load
     * @param width   the window's width in CSS pixels
     * @param height  the window's height
     */
    static HeadlessChromium open(Path profile, Path page, int width, int height)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--no-first-run", "--no-default-browser-check", "--mute-audio",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0", "--window-size=" + width + "," + height, page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolveSibling(profile.getFileName() + ".log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("chromium did not start: "
                            + Files.readString(profile.resolveSibling(profile.getFileName() + ".log")));
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newBuilder().connectTimeout(CALL).build();
            String socketUrl = null;
            while (socketUrl == null) {
                String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                        .timeout(CALL).build(), HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = PAGE_SOCKET.matcher(targets);
                if (m.find()) {
                    socketUrl = m.group(1);
                } else if (System.nanoTime() > deadline) {
                    throw new IOException("no page target: " + targets);
                } else {
                    Thread.sleep(50);
                }
            }
            HeadlessChromium browser = new HeadlessChromium(process);
            browser.socket = http.newWebSocketBuilder().connectTimeout(CALL)
                    .buildAsync(URI.create(socketUrl), browser.listener()).get(CALL.toSeconds(), TimeUnit.SECONDS);
            return browser;
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException(e);
        }
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    Matcher id = ID.matcher(text);
                    if (id.find()) {
                        CompletableFuture<String> answer = pending.remove(Integer.parseInt(id.group(1)));
                        if (answer != null) {
                            answer.complete(text);
                        }
                    }
                }
                webSocket.request(1);
                return null;
            }
        };
    }

    /**
     * Calls a DevTools method.
     *
     * @param method the method, such as {@code Runtime.evaluate}
     * @param params its parameters as a JSON object
     * @return the whole answer, as JSON
     */
    String call(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .get(CALL.toSeconds(), TimeUnit.SECONDS);
        String result = answer.get(CALL.toSeconds(), TimeUnit.SECONDS);
        if (result.contains("\"error\":")) {
            throw new IllegalStateException(method + ": " + result);
        }
        return result;
    }

    /**
     * Evaluates JavaScript in the page.
     *
     * @param expression an expression whose value is a string
     * @return that string
     */
    String eval(String expression) throws Exception {
        String answer = call("Runtime.evaluate", "{\"expression\":" + json(expression) + ",\"returnByValue\":true}");
        if (answer.contains("\"exceptionDetails\"")) {
            throw new IllegalStateException("the script failed: " + answer);
        }
        Matcher value = STRING_VALUE.matcher(answer);
        if (!value.find()) {
            throw new IllegalStateException("not a string: " + answer);
        }
        return JsonStrings.read(value.group(1));
    }

    /** Waits until the page has loaded. */
    void awaitLoad() throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!eval("document.readyState").equals("complete")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the page did not load");
            }
            Thread.sleep(50);
        }
    }

    /** Presses and releases a key, as a person at the keyboard: {@code Tab}, {@code Escape}. */
    void press(String key, int keyCode) throws Exception {
        for (String type : List.of("rawKeyDown", "keyUp")) {
            call("Input.dispatchKeyEvent", "{\"type\":\"" + type + "\",\"key\":\"" + key + "\",\"code\":\"" + key
                    + "\",\"windowsVirtualKeyCode\":" + keyCode + ",\"nativeVirtualKeyCode\":" + keyCode + "}");
        }
    }

    /** Moves the mouse to a point of the viewport. */
    void moveMouse(double x, double y) throws Exception {
        call("Input.dispatchMouseEvent", "{\"type\":\"mouseMoved\",\"x\":" + x + ",\"y\":" + y + "}");
    }

    /** Writes a PNG of the viewport to {@code file}. */
    void screenshot(Path file) throws Exception {
        Matcher data = DATA.matcher(call("Page.captureScreenshot", "{\"format\":\"png\"}"));
        if (!data.find()) {
            throw new IllegalStateException("no screenshot");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(data.group(1)));
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                call("Browser.close", "{}");
            }
        } catch (Exception e) {
            // It is killed below all the same.
        }
        if (socket != null) {
            socket.abort();
        }
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
