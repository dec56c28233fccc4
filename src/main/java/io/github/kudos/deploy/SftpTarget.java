package io.github.kudos.deploy;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.extensions.openssh.OpenSSHPosixRenameExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A folder on a web host, over SFTP (Apache MINA SSHD). The host key must be in known_hosts
 * (an unknown host is refused unless acceptNewHostKey, which records it; a changed key is always
 * refused). Each file is written beside its place and renamed over it.
 */
public final class SftpTarget implements Target {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final Settings settings;
    private final SshClient client;
    private final ClientSession session;
    private final SftpClient sftp;
    private final boolean posixRename;
    private final Set<String> folders = new HashSet<>();

    /** path: the remote folder (relative to the login folder unless it starts with /); password may be null. */
    public record Settings(String host, int port, String user, String path, Path knownHosts, boolean acceptNewHostKey,
                           List<Path> identities, String passphrase, String password) {
        public Settings {
            identities = List.copyOf(identities);
        }
    }

    public SftpTarget(Settings settings) throws IOException {
        this.settings = settings;
        KnownHosts verifier = new KnownHosts(settings.knownHosts(), settings.acceptNewHostKey());
        this.client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(verifier);
        if (!settings.identities().isEmpty()) {
            FileKeyPairProvider keys = new FileKeyPairProvider(settings.identities());
            if (settings.passphrase() != null) keys.setPasswordFinder(FilePasswordProvider.of(settings.passphrase()));
            client.setKeyIdentityProvider(keys);
        }
        client.start();
        try {
            this.session = client.connect(settings.user(), settings.host(), settings.port()).verify(TIMEOUT).getSession();
            if (settings.password() != null) session.addPasswordIdentity(settings.password());
            session.auth().verify(TIMEOUT);
            this.sftp = SftpClientFactory.instance().createSftpClient(session);
            this.posixRename = sftp.getServerExtensions().containsKey("posix-rename@openssh.com");
        } catch (IOException e) {
            client.stop();
            throw new DeployException(verifier.problem() != null ? verifier.problem() : "cannot connect to "
                    + where() + ": " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    private String where() {
        return settings.user() + "@" + settings.host() + ":" + settings.port();
    }

    @Override
    public String describe() {
        return "sftp " + settings.user() + "@" + settings.host() + ":" + settings.path();
    }

    private String remote(String path) {
        if (!SitePaths.isSafe(path)) throw new DeployException("refusing unsafe path '" + path + "'");
        String base = settings.path().endsWith("/") ? settings.path() : settings.path() + "/";
        return base + path;
    }

    @Override
    public Manifest manifest() throws IOException {
        String file = remote(Manifest.NAME);
        try (InputStream in = sftp.read(file)) {
            return Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) return Manifest.EMPTY;
            throw e;
        }
    }

    @Override
    public void upload(SiteFile file) throws IOException {
        try (InputStream in = file.open()) {
            replace(file.path(), in);
        }
    }

    /** Deletes the file, then its folders that are left empty (as the dir target does), up to the target's folder. */
    @Override
    public void delete(String path) throws IOException {
        deleteFile(path);
        for (String folder = parent(path); !folder.isEmpty(); folder = parent(folder)) {
            String remote = remote(folder);
            try {
                sftp.rmdir(remote);
            } catch (SftpException notEmptyOrGone) {
                return;
            }
            folders.remove(remote + "/");
        }
    }

    /** "a/b/c.html" -> "a/b", "a" -> "". */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private void deleteFile(String path) throws IOException {
        try {
            sftp.remove(remote(path));
        } catch (SftpException e) {
            if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) throw e;
        }
    }

    @Override
    public void writeManifest(Manifest manifest) throws IOException {
        replace(Manifest.NAME, new java.io.ByteArrayInputStream(manifest.toJson().getBytes(StandardCharsets.UTF_8)));
    }

    private void replace(String path, InputStream in) throws IOException {
        String file = remote(path);
        makeFolders(file.substring(0, file.lastIndexOf('/') + 1));
        String temporary = file.substring(0, file.lastIndexOf('/') + 1) + "." + file.substring(file.lastIndexOf('/') + 1)
                + ".kudos-tmp";
        try (OutputStream out = sftp.write(temporary)) {
            in.transferTo(out);
        }
        if (posixRename) {
            sftp.getExtension(OpenSSHPosixRenameExtension.class).posixRename(temporary, file);
        } else {
            deleteFile(path);
            sftp.rename(temporary, file);
        }
    }

    private void makeFolders(String folder) throws IOException {
        if (folder.isEmpty() || folder.equals("/") || folders.contains(folder)) return;
        String trimmed = folder.substring(0, folder.length() - 1);
        makeFolders(trimmed.substring(0, trimmed.lastIndexOf('/') + 1));
        try {
            if (!sftp.stat(trimmed).isDirectory()) throw new DeployException(trimmed + " on " + settings.host() + " is not a folder");
        } catch (SftpException e) {
            if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) throw e;
            sftp.mkdir(trimmed);
        }
        folders.add(folder);
    }

    @Override
    public void close() throws IOException {
        try {
            sftp.close();
            session.close();
        } finally {
            client.stop();
        }
    }

    /** known_hosts checking that remembers why it refused, for a one-line message. */
    private static final class KnownHosts extends org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier {
        private final boolean acceptNew;
        private volatile String problem;

        KnownHosts(Path file, boolean acceptNew) {
            super(RejectAllServerKeyVerifier.INSTANCE, file);
            this.acceptNew = acceptNew;
        }

        String problem() {
            return problem;
        }

        @Override
        protected boolean acceptUnknownHostKey(ClientSession session, java.net.SocketAddress address, java.security.PublicKey key) {
            if (!acceptNew) {
                problem = "unknown host key for " + address + " (" + KeyUtils.getFingerPrint(key) + ", not in " + getPath()
                        + "); check the fingerprint with your host, then rerun with --accept-new-host-key to record it";
                return false;
            }
            try {
                java.nio.file.Files.createDirectories(getPath().toAbsolutePath().getParent());
                updateKnownHostsFile(session, address, key, getPath(), List.of());
                return true;
            } catch (Exception e) {
                problem = "cannot record the host key in " + getPath() + ": " + e.getMessage();
                return false;
            }
        }

        @Override
        public boolean acceptModifiedServerKey(ClientSession session, java.net.SocketAddress address,
                                               org.apache.sshd.client.config.hosts.KnownHostEntry entry,
                                               java.security.PublicKey expected, java.security.PublicKey actual) {
            problem = "the host key of " + address + " has CHANGED (now " + KeyUtils.getFingerPrint(actual)
                    + "); refusing to connect. If your host really changed it, remove the old line from " + getPath();
            return false;
        }
    }
}
