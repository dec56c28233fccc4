package io.github.kudos.deploy;

import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns settings (flags over site.yaml over defaults, merged by the CLI) into a {@link Target}.
 * Secrets are read here, from the environment only. Bad settings throw IllegalArgumentException
 * with a one-line message for the user.
 */
public final class Targets {
    private Targets() {}

    /** Everything a deploy may need; fields of other targets are ignored. folder and remote are as written. */
    public record Request(Path site, String target, String folder, String remote, String branch, boolean orphan,
                          String cname, String host, int port, String user, String path, Path knownHosts,
                          boolean acceptNewHostKey, Path identity, int threshold) {}

    public static Target open(Request request) throws IOException {
        if (request.target() == null) {
            throw new IllegalArgumentException("no deploy target: set 'deploy: { target: git|sftp|dir }' in "
                    + "content/site.yaml or use --target");
        }
        return switch (request.target()) {
            case "dir" -> new DirTarget(folder(request));
            case "git" -> new GitTarget(git(request, System.getenv()));
            case "sftp" -> new SftpTarget(sftp(request, System.getenv()));
            default -> throw new IllegalArgumentException("unknown target '" + request.target() + "' (use git, sftp or dir)");
        };
    }

    /** Files the deploy adds to the site: .nojekyll and an optional CNAME for git (GitHub Pages). */
    public static Map<String, byte[]> extras(Request request) {
        Map<String, byte[]> extras = new TreeMap<>();
        if ("git".equals(request.target())) {
            extras.put(".nojekyll", new byte[0]);
            if (request.cname() != null) extras.put("CNAME", (request.cname() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return extras;
    }

    static Path folder(Request request) {
        if (request.folder() == null) throw new IllegalArgumentException("the dir target needs a folder: set deploy.folder or use --folder");
        Path folder = request.site().resolve(request.folder()).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (folder.getParent() == null || folder.equals(home)) {
            throw new IllegalArgumentException("refusing to deploy into " + folder + "; choose the web server's folder");
        }
        if (request.site().startsWith(folder) || folder.startsWith(request.site().resolve("site"))
                || folder.startsWith(request.site().resolve("content")) || folder.startsWith(request.site().resolve("themes"))) {
            throw new IllegalArgumentException("refusing to deploy into " + folder
                    + ": it must not hold the site folder or be inside site/, content/ or themes/");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) throw new IllegalArgumentException(folder + " is a file, not a folder");
        return folder;
    }

    /**
     * JGit reaches local and file:// remotes, and https remotes with KUDOS_GIT_TOKEN; the git program
     * (run in env) reaches ssh remotes, and https remotes without a token, with the user's own credentials.
     */
    static GitTarget.Settings git(Request request, Map<String, String> env) {
        if (request.remote() == null) throw new IllegalArgumentException("the git target needs a remote: set deploy.remote or use --remote");
        String remote = request.remote();
        if (!remote.contains("://") && !remote.contains("@")) remote = request.site().resolve(remote).toAbsolutePath().normalize().toString();
        String refusal = GitTarget.refusal(remote);
        if (refusal != null) throw new IllegalArgumentException(refusal);
        String token = env.get("KUDOS_GIT_TOKEN");
        var credentials = token == null || token.isBlank() || !remote.startsWith("https://") ? null
                : new UsernamePasswordCredentialsProvider(envOr(env, "KUDOS_GIT_USER", "x-access-token"), token);
        boolean gitProgram = GitTarget.isSsh(remote) || remote.startsWith("https://") && credentials == null;
        return new GitTarget.Settings(remote, request.branch(), request.orphan(), credentials, gitProgram, env);
    }

    static SftpTarget.Settings sftp(Request request, Map<String, String> env) {
        if (request.host() == null) throw new IllegalArgumentException("the sftp target needs a host: set deploy.host or use --host");
        if (request.path() == null) throw new IllegalArgumentException("the sftp target needs a remote folder: set deploy.path or use --path");
        Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
        Path knownHosts = request.knownHosts() != null ? request.knownHosts() : ssh.resolve("known_hosts");
        return new SftpTarget.Settings(request.host(), request.port(), request.user(), request.path(), knownHosts,
                request.acceptNewHostKey(), identities(request, env, ssh), env.get("KUDOS_SSH_KEY_PASSPHRASE"),
                env.get("KUDOS_SFTP_PASSWORD"));
    }

    private static List<Path> identities(Request request, Map<String, String> env, Path ssh) {
        Path chosen = request.identity() != null ? request.identity()
                : env.get("KUDOS_SSH_KEY") != null ? Path.of(env.get("KUDOS_SSH_KEY")) : null;
        if (chosen != null && !Files.isRegularFile(chosen)) throw new IllegalArgumentException("no key file " + chosen);
        if (chosen != null) return List.of(chosen);
        List<Path> keys = new ArrayList<>();
        for (String name : List.of("id_ed25519", "id_ecdsa", "id_rsa")) {
            if (Files.isRegularFile(ssh.resolve(name))) keys.add(ssh.resolve(name));
        }
        return keys;
    }

    private static String envOr(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
