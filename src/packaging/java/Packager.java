import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Builds Rehearse's app image with the JDK's own tools, run by {@code mvn -Ppackage package} as a single-file
 * program ({@code java Packager.java}), on the system the image is for:
 * <ol>
 *   <li>turns the JavaFX jars into jmods, so that their native libraries land in the runtime's lib folder;</li>
 *   <li>{@code jlink}s a runtime of the modules the app uses (jdeps says which) plus JavaFX, with a
 *       class-data-sharing archive of the JDK and JavaFX classes a start of the app loads (needs a display);</li>
 *   <li>{@code jpackage}s the app image: launcher, app jars, runtime, icon, version;</li>
 *   <li>adds a desktop entry (Linux), packs the image into one archive, and builds a {@code .deb} where
 *       {@code dpkg-deb} and {@code fakeroot} exist.</li>
 * </ol>
 * Usage: {@code java Packager.java TARGET_DIR VERSION PACKAGING_DIR}, after the jar plugin made TARGET_DIR/rehearse.jar
 * (the app's own classes; the shade plugin turns it into the single-file jar only after this step) and the dependencies
 * were copied to TARGET_DIR/package/app (JavaFX's to TARGET_DIR/package/fx).
 */
public final class Packager {
    private static final String NAME = "Rehearse";
    private static final String MAIN_CLASS = "app.rehearse.Main";
    private static final String APP_JAR = "rehearse-app.jar";
    private static final List<String> FX_MODULES = List.of("javafx.base", "javafx.graphics", "javafx.controls");
    private static final String OS = System.getProperty("os.name").toLowerCase(Locale.ROOT);

    private final Path target;
    private final String version;
    private final Path packaging;
    private final Path work;
    private final Path dist;

    private Packager(Path target, String version, Path packaging) {
        this.target = target;
        this.version = version;
        this.packaging = packaging;
        this.work = target.resolve("package");
        this.dist = target.resolve("dist");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java Packager.java TARGET_DIR VERSION PACKAGING_DIR");
        }
        new Packager(Path.of(args[0]), args[1].replace("-SNAPSHOT", ""), Path.of(args[2])).build();
    }

    private void build() throws Exception {
        deleteTree(dist);
        Files.createDirectories(dist);
        Files.copy(target.resolve("rehearse.jar"), Files.createDirectories(work.resolve("app")).resolve(APP_JAR),
                StandardCopyOption.REPLACE_EXISTING);
        Path jmods = fxJmods();
        Path runtime = runtime(jmods);
        Path image = appImage(runtime);
        if (isLinux()) {
            desktopEntry(image);
        }
        Path archive = archive(image);
        log("Archive: " + archive + " (" + Files.size(archive) / (1 << 20) + " MB)");
        if (isLinux()) {
            debianPackage(image);
        }
        log("Done: " + image);
    }

    /** JavaFX's platform jars as jmods: the classes, and the native libraries where jlink puts libraries. */
    private Path fxJmods() throws IOException {
        Path out = recreate(work.resolve("jmods"));
        Path scratch = recreate(work.resolve("jmod-scratch"));
        try (Stream<Path> jars = Files.list(work.resolve("fx"))) {
            for (Path jar : jars.filter(Packager::isPlatformJar).sorted().toList()) {
                String module = moduleName(jar);
                Path classes = scratch.resolve(module + "-classes.jar");
                Path libs = Files.createDirectories(scratch.resolve(module + "-libs"));
                splitNatives(jar, classes, libs);
                List<String> command = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
                if (!isEmpty(libs)) {
                    command.addAll(List.of("--libs", libs.toString()));
                }
                command.add(out.resolve(module + ".jmod").toString());
                run("jmod", command);
            }
        }
        return out;
    }

    private Path runtime(Path jmods) throws IOException {
        Path runtime = work.resolve("runtime");
        deleteTree(runtime);
        // jdeps sees what the code names, not the providers it finds at run time: the shipped question bank is read
        // from the app's jar through the zip file system.
        Set<String> modules = new TreeSet<>(FX_MODULES);
        modules.add("jdk.zipfs");
        List<Path> jars = appJars();
        List<String> classPath = jars.stream().map(Path::toString).toList();
        String deps = capture("jdeps", List.of("--print-module-deps", "--ignore-missing-deps", "--multi-release", "17",
                "--class-path", String.join(File.pathSeparator, classPath), work.resolve("app").resolve(APP_JAR)
                        .toString()));
        Arrays.stream(deps.strip().split(",")).map(String::strip).filter(m -> !m.isEmpty() && !m.startsWith("javafx"))
                .forEach(modules::add);
        log("Runtime modules: " + String.join(",", modules));
        run("jlink", List.of("--module-path", jmods.toString(), "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2", "--output", runtime.toString()));
        classDataArchive(runtime, jars);
        return runtime;
    }

    /**
     * The runtime's class-data-sharing archive, which jlink (before JDK 19) leaves out: classes mapped at start
     * instead of loaded and verified. It holds the classes a start of the app loads from the runtime, the JDK's and
     * JavaFX's, as listed by a {@code --self-test} run. Classes of the app's own jars stay out: JDK 17 ties those to
     * the absolute class path they were archived with, and the image must start wherever it is unpacked. Where no
     * window can open for the self-test (no display, and no {@code xvfb-run} to make one), the archive holds the
     * JDK's default list.
     */
    private void classDataArchive(Path runtime, List<Path> jars) throws IOException {
        String java = runtime.resolve(isWindows() ? "bin/java.exe" : "bin/java").toString();
        Path list = work.resolve("startup.classlist");
        Files.deleteIfExists(list);
        Path data = recreate(work.resolve("self-test-data"));
        List<String> selfTest = new ArrayList<>();
        if (!isWindows() && !isMac() && System.getenv().getOrDefault("DISPLAY", "").isBlank() && onPath("xvfb-run")) {
            // A build machine with no display (a CI runner) still lists the classes, in a virtual one.
            selfTest.addAll(List.of("xvfb-run", "-a"));
        }
        selfTest.addAll(List.of(java, "-Xshare:off", "-XX:DumpLoadedClassList=" + list, "-cp",
                String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()), MAIN_CLASS, "--self-test",
                "--data-dir", data.toString()));
        boolean listed = runLogged(selfTest, work.resolve("self-test.log")) && Files.exists(list);
        deleteTree(data);
        List<String> dump = new ArrayList<>(List.of(java, "-Xshare:dump"));
        if (listed) {
            Set<String> ownClasses = classesIn(jars);
            List<String> fromRuntime = Files.readAllLines(list).stream()
                    .filter(line -> !line.startsWith("#") && !ownClasses.contains(hostClass(line))).toList();
            Files.write(list, fromRuntime);
            dump.add("-XX:SharedClassListFile=" + list);
            log("Class-data archive: " + fromRuntime.size() + " classes and call sites a start loads from the runtime");
        } else {
            log("No window could open for the self-test that lists the classes a start loads (no display?), so the"
                    + " runtime's class-data archive holds the JDK's default list; see " + work.resolve("self-test.log"));
        }
        if (!runLogged(dump, work.resolve("cds-dump.log"))) {
            throw new IOException("the class-data archive could not be made; see " + work.resolve("cds-dump.log"));
        }
    }

    /** The class a class-list line is about: its first word, or the caller of a {@code @lambda-proxy}. */
    static String hostClass(String line) {
        String[] words = line.split(" ");
        if (line.startsWith("@lambda-proxy")) {
            return words.length > 1 ? words[1] : "";
        }
        return line.startsWith("@") ? "" : words[0];
    }

    /** The classes in these jars, as a class list names them ({@code app/rehearse/Main}). */
    private static Set<String> classesIn(List<Path> jars) throws IOException {
        Set<String> classes = new TreeSet<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class"))
                        .map(name -> name.substring(0, name.length() - ".class".length())).forEach(classes::add);
            }
        }
        return classes;
    }

    private Path appImage(Path runtime) throws IOException {
        List<String> command = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", NAME, "--description", "Practise senior software-engineering interviews alone",
                "--runtime-image", runtime.toString(), "--input", work.resolve("app").toString(),
                "--main-jar", APP_JAR, "--main-class", MAIN_CLASS, "--dest", dist.toString()));
        icon().ifPresent(icon -> command.addAll(List.of("--icon", icon.toString())));
        run("jpackage", command);
        return isMac() ? dist.resolve(NAME + ".app") : dist.resolve(NAME);
    }

    private Optional<Path> icon() {
        Path icon = isWindows() ? packaging.resolve("icon/rehearse.ico") : isMac() ? packaging.resolve("icon/rehearse.icns")
                : packaging.resolve("icon/png/rehearse-256.png");
        return Files.exists(icon) ? Optional.of(icon) : Optional.empty();
    }

    /** A script in the image that adds Rehearse, with its icon, to the desktop's application menu. */
    private void desktopEntry(Path image) throws IOException {
        String script = """
                #!/bin/sh
                # Adds Rehearse to your application menu, pointing at this folder wherever it was unpacked.
                here=$(cd "$(dirname "$0")/.." && pwd)
                mkdir -p "$HOME/.local/share/applications"
                cat > "$HOME/.local/share/applications/rehearse.desktop" <<ENTRY
                [Desktop Entry]
                Type=Application
                Name=Rehearse
                Comment=Practise senior software-engineering interviews alone
                Exec="$here/bin/Rehearse"
                Icon=$here/lib/Rehearse.png
                Categories=Education;Development;
                Terminal=false
                ENTRY
                echo "Rehearse is in your application menu."
                """;
        Path file = image.resolve("bin/install-desktop-entry");
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private Path archive(Path image) throws IOException {
        String platform = isWindows() ? "windows" : isMac() ? "macos" : "linux";
        String arch = System.getProperty("os.arch").replace("amd64", "x64");
        String base = NAME + "-" + version + "-" + platform + "-" + arch;
        if (isWindows()) {
            Path zip = dist.resolve(base + ".zip");
            zip(image, zip);
            return zip;
        }
        Path tar = dist.resolve(base + ".tar.gz");
        runProcess(List.of("tar", "-czf", tar.toString(), "-C", dist.toString(), image.getFileName().toString()));
        return tar;
    }

    private void debianPackage(Path image) throws IOException {
        if (!onPath("dpkg-deb") || !onPath("fakeroot")) {
            log("Skipping the .deb: it needs dpkg-deb and fakeroot on the PATH (Debian and Ubuntu: apt-get install"
                    + " fakeroot). The app image and its archive are complete without it.");
            return;
        }
        run("jpackage", List.of("--type", "deb", "--app-image", image.toString(), "--name", NAME, "--app-version",
                version, "--vendor", NAME, "--description", "Practise senior software-engineering interviews alone",
                "--linux-shortcut", "--linux-menu-group", "Education", "--linux-package-name", "rehearse",
                // JavaFX's window toolkit loads GTK 3 at run time; jpackage lists it only when the build machine has it.
                "--linux-package-deps", "libgtk-3-0", "--dest", dist.toString()));
        log("Debian package: " + dist.resolve("rehearse_" + version + "-1_amd64.deb"));
    }

    // Small helpers

    private List<Path> appJars() throws IOException {
        try (Stream<Path> jars = Files.list(work.resolve("app"))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static boolean isPlatformJar(Path jar) {
        String name = jar.getFileName().toString();
        return name.startsWith("javafx-") && name.matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar");
    }

    /** javafx-graphics-21.0.11-linux.jar is javafx.graphics. */
    private static String moduleName(Path jar) {
        String name = jar.getFileName().toString();
        return "javafx." + name.substring("javafx-".length(), name.indexOf('-', "javafx-".length()));
    }

    private static void splitNatives(Path jar, Path classes, Path libs) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(classes))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                String name = entry.getName();
                boolean topLevel = !name.contains("/");
                try (InputStream data = in.getInputStream(entry)) {
                    if (topLevel && (name.endsWith(".so") || name.endsWith(".dylib") || name.endsWith(".dll"))) {
                        Files.copy(data, libs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    } else if (!(topLevel && name.endsWith(".jar"))) {
                        out.putNextEntry(new ZipEntry(name));
                        data.transferTo(out);
                        out.closeEntry();
                    }
                }
            }
        }
    }

    private static void zip(Path folder, Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(folder.getParent().relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static void run(String tool, List<String> args) {
        String output = capture(tool, args);
        if (!output.isBlank()) {
            System.out.print(output);
        }
    }

    private static String capture(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK: package with a full JDK 17"));
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text);
        int exit = provider.run(writer, writer, args.toArray(String[]::new));
        writer.flush();
        if (exit != 0) {
            throw new IllegalStateException(tool + " " + String.join(" ", args) + " failed (" + exit + "):\n" + text);
        }
        return text.toString();
    }

    /** Runs the command with its output in {@code log}; whether it succeeded. */
    private static boolean runLogged(List<String> command, Path log) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return process.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static void runProcess(List<String> command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).map(Path::of)
                .anyMatch(dir -> Files.isExecutable(dir.resolve(program)));
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    private static Path recreate(Path dir) throws IOException {
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static boolean isLinux() {
        return OS.contains("linux");
    }

    private static boolean isMac() {
        return OS.contains("mac");
    }

    private static boolean isWindows() {
        return OS.contains("win");
    }

    private static void log(String line) {
        System.out.println("[package] " + line);
    }
}
