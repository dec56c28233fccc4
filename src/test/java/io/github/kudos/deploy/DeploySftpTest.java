package io.github.kudos.deploy;

import io.github.kudos.TestSite;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.TreeMap;

import static io.github.kudos.TestSite.kudos;
import static io.github.kudos.deploy.DeploySites.PAGES;
import static io.github.kudos.deploy.DeploySites.args;
import static io.github.kudos.deploy.DeploySites.built;
import static io.github.kudos.deploy.DeploySites.texts;
import static io.github.kudos.deploy.DeploySites.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * kudos deploy over SFTP to a real SSH server: Apache MINA SSHD's server with its SFTP subsystem,
 * on a loopback port, with throwaway host and user keys (faster to start than openssh-server).
 */
class DeploySftpTest {
    @TempDir
    Path dir;
    SshServer server;
    KeyPair hostKey;
    Path root;
    Path knownHosts;
    Path identity;
    TestSite site;

    @BeforeEach
    void startServer() throws Exception {
        hostKey = ecKey();
        KeyPair userKey = ecKey();
        identity = dir.resolve("id_ecdsa");
        try (OutputStream out = Files.newOutputStream(identity)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "kudos-test", null, out);
        }
        root = Files.createDirectories(dir.resolve("server"));
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> user.equals("deploy") && KeyUtils.compareKeys(key, userKey.getPublic()));
        server.setPasswordAuthenticator((user, password, session) -> user.equals("deploy") && password.equals("s3cret-pass"));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        knownHosts = dir.resolve("known_hosts");
        site = DeploySites.site(dir.resolve("src"), "deploy:\n  target: sftp\n  host: 127.0.0.1\n  port: " + server.getPort()
                + "\n  user: deploy\n  path: /www\n");
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop(true);
    }

    private static KeyPair ecKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private String[] deploy(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("--known-hosts", knownHosts.toString(), "--identity", identity.toString()));
        args.addAll(List.of(extra));
        return args(site, args.toArray(String[]::new));
    }

    private void trustHost(KeyPair key) throws Exception {
        Files.writeString(knownHosts, "[127.0.0.1]:" + server.getPort() + " " + PublicKeyEntry.toString(key.getPublic()) + "\n");
    }

    @Test
    void deploysThenMovesOnlyWhatChanged() throws Exception {
        trustHost(hostKey);
        var first = kudos(deploy());
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isEqualTo("deployed to sftp deploy@127.0.0.1:/www: 8 uploaded, 0 deleted, 0 unchanged\n");
        assertThat(texts(root.resolve("www"))).isEqualTo(new TreeMap<>(PAGES));

        built(site, with(PAGES, "clients/coho/index.html", "<h1>Coho Café</h1>", "clients/kea/index.html", null));
        var second = kudos(deploy());
        assertThat(second.out()).isEqualTo("deployed to sftp deploy@127.0.0.1:/www: 1 uploaded, 1 deleted, 6 unchanged\n");
        assertThat(texts(root.resolve("www"))).isEqualTo(texts(site.site()));
        assertThat(root.resolve("www/clients/kea")).as("a folder left empty is removed").doesNotExist();
        assertThat(root.resolve("www/.kudos-deploy.json")).exists();
    }

    @Test
    void anUnknownHostIsRefused() {
        var run = kudos(deploy());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("kudos deploy: unknown host key for /127.0.0.1:" + server.getPort() + " (SHA256:")
                .endsWith("); check the fingerprint with your host, then rerun with --accept-new-host-key to record it\n");
        assertThat(root.resolve("www")).doesNotExist();
    }

    @Test
    void acceptNewHostKeyRecordsTheKeyForNextTime() throws Exception {
        var run = kudos(deploy("--accept-new-host-key"));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(knownHosts)).contains("127.0.0.1").contains(PublicKeyEntry.toString(hostKey.getPublic()));
        assertThat(kudos(deploy()).out()).endsWith(": 0 uploaded, 0 deleted, 8 unchanged\n");
    }

    @Test
    void aChangedHostKeyIsRefused() throws Exception {
        trustHost(ecKey());
        var run = kudos(deploy("--accept-new-host-key"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("kudos deploy: the host key of /127.0.0.1:" + server.getPort() + " has CHANGED");
        assertThat(root.resolve("www")).doesNotExist();
    }

    @Test
    void dryRunUploadsNothing() throws Exception {
        trustHost(hostKey);
        var run = kudos(deploy("--dry-run"));
        assertThat(run.out()).endsWith("dry run: would upload 8 files and delete 0 on sftp deploy@127.0.0.1:/www (0 unchanged); nothing was changed\n");
        assertThat(root.resolve("www")).doesNotExist();
    }

    @Test
    void passwordComesFromTheEnvironment() throws Exception {
        trustHost(hostKey);
        var request = new Targets.Request(site.root(), "sftp", null, null, null, false, null, "127.0.0.1", server.getPort(),
                "deploy", "/www", knownHosts, false, null, 25);
        var settings = Targets.sftp(request, java.util.Map.of("KUDOS_SFTP_PASSWORD", "s3cret-pass"));
        assertThat(settings.password()).isEqualTo("s3cret-pass");
        try (Target target = new SftpTarget(new SftpTarget.Settings(settings.host(), settings.port(), settings.user(),
                settings.path(), knownHosts, false, List.of(), null, settings.password()))) {
            Plan plan = Plan.of(LocalSite.scan(site.site(), java.util.Map.of()), target.manifest());
            var result = Deployer.run(plan, target, new Deployer.Options(false, false, 25),
                    new java.io.PrintWriter(new java.io.StringWriter()));
            assertThat(result.uploaded()).isEqualTo(8);
        }
        assertThat(texts(root.resolve("www"))).isEqualTo(new TreeMap<>(PAGES));
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        trustHost(hostKey);
        var settings = new SftpTarget.Settings("127.0.0.1", server.getPort(), "deploy", "/www", knownHosts, false, List.of(),
                null, "wrong");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SftpTarget(settings))
                .isInstanceOf(DeployException.class)
                .hasMessageStartingWith("cannot connect to deploy@127.0.0.1:" + server.getPort() + ": ");
    }

    @Test
    void anInterruptedUploadIsFinishedByARerun() throws Exception {
        trustHost(hostKey);
        var settings = new SftpTarget.Settings("127.0.0.1", server.getPort(), "deploy", "/www", knownHosts, false,
                List.of(identity), null, null);
        try (Target target = new SftpTarget(settings)) {
            Plan plan = Plan.of(LocalSite.scan(site.site(), java.util.Map.of()), target.manifest());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Deployer.run(plan, new DeployDirTest.FailAfter(target, 5),
                    new Deployer.Options(false, false, 25), new java.io.PrintWriter(new java.io.StringWriter())))
                    .hasMessageContaining("connection lost");
        }
        assertThat(root.resolve("www/index.html")).doesNotExist();
        assertThat(texts(root.resolve("www"))).hasSize(5);
        var rerun = kudos(deploy());
        assertThat(rerun.out()).isEqualTo("deployed to sftp deploy@127.0.0.1:/www: 8 uploaded, 0 deleted, 0 unchanged\n");
        assertThat(texts(root.resolve("www"))).isEqualTo(new TreeMap<>(PAGES));
    }
}
