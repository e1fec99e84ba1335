package jp.nerima.zaitaku;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The dashboard in a JVM of its own, started the way `java -jar` starts it, for what only its console shows. */
public final class MainProcess implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final Path err;
    private final int port;
    // The console writes in the JVM's default charset, MS932 on a Japanese Windows.
    private final Charset console;

    private MainProcess(Process process, Path out, Path err, int port, Charset console) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.port = port;
        this.console = console;
    }

    /** The command line of the dashboard with these arguments, never opening a browser. */
    public static List<String> command(String... args) {
        return command(List.of(), args);
    }

    /** The same in a JVM given these options. */
    public static List<String> command(List<String> jvm, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--no-browser"));
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the dashboard on a free port and returns once it says it is running; its console goes to folder. */
    public static MainProcess start(Path folder, String... args) throws IOException, InterruptedException {
        return start(folder, List.of(), args);
    }

    /** The same in a JVM given these options. */
    public static MainProcess start(Path folder, List<String> jvm, String... args)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> arguments = new ArrayList<>(List.of("--port", String.valueOf(port)));
        arguments.addAll(List.of(args));
        Path out = Files.createTempFile(folder, "out", ".txt");
        Path err = Files.createTempFile(folder, "err", ".txt");
        Process process = new ProcessBuilder(command(jvm, arguments.toArray(String[]::new)))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        Charset console = jvm.stream().filter(o -> o.startsWith("-Dfile.encoding=")).findFirst()
                .map(o -> Charset.forName(o.substring(o.indexOf('=') + 1))).orElse(StandardCharsets.UTF_8);
        MainProcess started = new MainProcess(process, out, err, port, console);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!started.out().contains("Dashboard running")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                started.close();
                throw new AssertionError("the dashboard did not start:\n" + started.err());
            }
            Thread.sleep(100);
        }
        return started;
    }

    public int port() {
        return port;
    }

    public String out() throws IOException {
        return Files.readString(out, console);
    }

    public String err() throws IOException {
        return Files.readString(err, console);
    }

    /** Stops it as Ctrl+C would, so its shutdown is part of what it prints. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
