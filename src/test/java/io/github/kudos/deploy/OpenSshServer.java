package io.github.kudos.deploy;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's OpenSSH server (/usr/sbin/sshd, package openssh-server) started by a test on a free
 * loopback port, with a throwaway host key and user key, and only its built-in SFTP server. It
 * lets in the user running the tests, by key only. Outside CI a missing sshd skips the tests with
 * a loud message; in CI (CI=true, where .ci/run installs openssh-server) it fails them. Run by a
 * user other than root, sshd works unprivileged, but refuses an account whose password is locked
 * ('!' in /etc/shadow; without PAM it checks that itself): CI runs as root, or such a user runs
 * `usermod -p '*' USER` once.
 */
final class OpenSshServer implements AutoCloseable {
    static final Path SSHD = Path.of(System.getProperty("kudos.sshd", "/usr/sbin/sshd"));
    static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
    /** sshd run as root needs its privilege separation folder; Debian's service start creates it. */
    private static final Path PRIVSEP = Path.of("/run/sshd");

    final int port;
    final Path identity;
    final Path hostPublicKey;
    private final Path log;
    private final Process process;

    private OpenSshServer(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path hostKey = dir.resolve("host_ed25519");
        identity = dir.resolve("id_ed25519");
        keygen(hostKey);
        keygen(identity);
        hostPublicKey = dir.resolve("host_ed25519.pub");
        Path authorized = Files.copy(dir.resolve("id_ed25519.pub"), dir.resolve("authorized_keys"));
        port = freePort();
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + authorized,
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "Subsystem sftp internal-sftp", ""));
        log = dir.resolve("sshd.log");
        process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitListening();
    }

    /** Starts sshd with its files in dir, or skips (fails in CI) when it cannot be run here. */
    static OpenSshServer start(Path dir) throws Exception {
        require(Files.isExecutable(SSHD) && Files.isExecutable(SSH_KEYGEN), SSHD + " or " + SSH_KEYGEN + " is missing");
        if ("root".equals(System.getProperty("user.name")) && !Files.isDirectory(PRIVSEP)) {
            try {
                Files.createDirectories(PRIVSEP);
            } catch (IOException e) {
                require(false, "sshd needs " + PRIVSEP + " (" + e.getMessage() + ")");
            }
        }
        return new OpenSshServer(dir);
    }

    /** The known_hosts line that trusts this server. */
    String knownHostsLine() throws IOException {
        return "[127.0.0.1]:" + port + " " + Files.readString(hostPublicKey).strip() + "\n";
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("sshd stopped: " + Files.readString(log));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("sshd did not listen on port " + port + ": " + Files.readString(log));
    }

    private static void keygen(Path key) throws IOException, InterruptedException {
        Process keygen = new ProcessBuilder(List.of(SSH_KEYGEN.toString(), "-q", "-t", "ed25519", "-N", "", "-C", "kudos-test",
                "-f", key.toString())).redirectErrorStream(true).start();
        String output = new String(keygen.getInputStream().readAllBytes());
        if (keygen.waitFor() != 0) throw new IllegalStateException("ssh-keygen failed: " + output);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void require(boolean present, String what) {
        if (present) return;
        String message = what + ": install it with `apt-get install openssh-server` (see README, Developing Kudos)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) Assertions.fail("CI=true and " + message);
        System.err.println();
        System.err.println("!!!!!!!! SKIPPED OpenSSH deploy tests: " + message + " !!!!!!!!");
        System.err.println();
        Assumptions.abort(message);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
