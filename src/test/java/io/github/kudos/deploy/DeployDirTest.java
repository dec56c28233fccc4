package io.github.kudos.deploy;

import io.github.kudos.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.github.kudos.TestSite.kudos;
import static io.github.kudos.deploy.DeploySites.PAGES;
import static io.github.kudos.deploy.DeploySites.args;
import static io.github.kudos.deploy.DeploySites.built;
import static io.github.kudos.deploy.DeploySites.texts;
import static io.github.kudos.deploy.DeploySites.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** kudos deploy to a local folder: the manifest, the order, the safety rules. */
class DeployDirTest {
    @TempDir
    Path dir;

    private TestSite site() {
        return DeploySites.site(dir.resolve("src"), """
                deploy:
                  target: dir
                  folder: ../www
                """);
    }

    private Path www() {
        return dir.resolve("www");
    }

    @Test
    void firstDeployCopiesEverySiteFileAndAManifest() throws IOException {
        TestSite site = site();
        var run = kudos(args(site));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("deployed to dir " + www() + ": 8 uploaded, 0 deleted, 0 unchanged\n");
        assertThat(texts(www())).isEqualTo(new java.util.TreeMap<>(PAGES));
        assertThat(Files.readString(www().resolve(Manifest.NAME))).startsWith("{\n  \"generator\": \"kudos\",");
        assertThat(www().resolve(".kudos-output")).doesNotExist();
    }

    @Test
    void secondDeployMovesOnlyChangedFilesAndDeletesRemovedPages() {
        TestSite site = site();
        kudos(args(site));
        built(site, with(PAGES, "clients/coho/index.html", "<h1>Coho Café</h1>", "clients/kea/index.html", null,
                "stories/index.html", "<h1>Stories</h1>"));
        var run = kudos(args(site));
        assertThat(run.out()).isEqualTo("deployed to dir " + www() + ": 2 uploaded, 1 deleted, 6 unchanged\n");
        assertThat(www().resolve("clients/kea")).doesNotExist();
        assertThat(texts(www())).containsEntry("clients/coho/index.html", "<h1>Coho Café</h1>")
                .containsKey("stories/index.html").hasSize(8);
        assertThat(kudos(args(site)).out()).isEqualTo("deployed to dir " + www() + ": 0 uploaded, 0 deleted, 8 unchanged\n");
    }

    @Test
    void aPreviewBuiltWithDraftsIsNeverDeployed() {
        TestSite site = site();
        var preview = site.build("--drafts");
        assertThat(preview.exitCode()).as(preview.err()).isZero();
        var run = kudos(args(site));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("was built with --drafts, a preview that shows unpublished drafts");
        assertThat(www()).doesNotExist();
        assertThat(site.build().exitCode()).isZero();
        assertThat(kudos(args(site)).exitCode()).isZero();
    }

    @Test
    void aSymbolicLinkInSiteIsRefusedNotFollowed() throws IOException {
        TestSite site = site();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-OUTSIDE-THE-SITE");
        Files.createSymbolicLink(site.site().resolve("leak.txt"), secret);
        var run = kudos(args(site));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site/ holds 'leak.txt', which is not a regular file");
        assertThat(www().resolve("leak.txt")).doesNotExist();
    }

    /** Found in the CLI campaign: a file put in site/ after the build was published, without the privacy check. */
    @Test
    void aFilePutInSiteAfterTheBuildOrChangedSinceIsRefused() throws IOException {
        TestSite site = site();
        Files.writeString(site.site().resolve("clients.csv"), "name,private.contact\nKea,kea@private.example\n");
        var run = kudos(args(site));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site/ holds 'clients.csv', which kudos build did not write (put there by hand?)");
        assertThat(www().resolve("clients.csv")).doesNotExist();
        assertThat(www().resolve("index.html")).doesNotExist(); // nothing at all

        Files.delete(site.site().resolve("clients.csv"));
        Files.writeString(site.site().resolve("clients/kea/index.html"), "<h1>Kea</h1><p>kea@private.example</p>");
        run = kudos(args(site));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site/'s 'clients/kea/index.html' changed after the build");

        built(site, PAGES);
        assertThat(kudos(args(site)).exitCode()).isZero();
    }

    @Test
    void deletesOnlyWhatTheLastDeployWrote() throws IOException {
        TestSite site = site();
        TestSite.write(www().resolve("clients/kea/notes.txt"), "the host's own file");
        kudos(args(site));
        built(site, with(PAGES, "clients/kea/index.html", null));
        kudos(args(site));
        assertThat(www().resolve("clients/kea/index.html")).doesNotExist();
        assertThat(Files.readString(www().resolve("clients/kea/notes.txt"))).isEqualTo("the host's own file");
    }

    @Test
    void dryRunListsUploadsAndDeletionsAndTouchesNothing() throws IOException {
        TestSite site = site();
        kudos(args(site));
        built(site, with(PAGES, "feed.xml", "<feed>new</feed>", "clients/kea/index.html", null));
        byte[] manifest = Files.readAllBytes(www().resolve(Manifest.NAME));
        var run = kudos(args(site, "--dry-run"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("upload feed.xml\ndelete clients/kea/index.html\n"
                + "dry run: would upload 1 file and delete 1 on dir " + www() + " (6 unchanged); nothing was changed\n");
        assertThat(texts(www())).isEqualTo(new java.util.TreeMap<>(PAGES));
        assertThat(Files.readAllBytes(www().resolve(Manifest.NAME))).isEqualTo(manifest);
    }

    @Test
    void uploadsNewFilesFirstEntryPagesLastAndTheHomePageLast() {
        Plan plan = Plan.of(LocalSite.scan(site().site(), java.util.Map.of()), Manifest.EMPTY);
        assertThat(plan.uploads().stream().map(SiteFile::path).toList()).containsExactly(
                "css/kudos.css", "js/kudos.js", "feed.xml",
                "clients/coho/index.html", "clients/kea/index.html", "clients/index.html", "404.html", "index.html");
    }

    @Test
    void anInterruptedDeployIsFinishedByRunningItAgain() {
        TestSite site = site();
        kudos(args(site));
        built(site, with(PAGES, "clients/coho/index.html", "v2", "clients/kea/index.html", "v2", "index.html", "v2",
                "clients/new/index.html", "new", "feed.xml", null));
        Target failing = new FailAfter(new DirTarget(www()), 2);
        Plan plan = Plan.of(LocalSite.scan(site.site(), java.util.Map.of()), manifest());
        assertThatThrownBy(() -> Deployer.run(plan, failing, new Deployer.Options(false, false, 25), new PrintWriter(new StringWriter())))
                .hasMessageContaining("connection lost");
        assertThat(texts(www())).containsEntry("index.html", "<h1>Home</h1>").containsEntry("feed.xml", "<feed/>");
        assertThat(manifest().files()).containsEntry("clients/new/index.html", Manifest.UNKNOWN);

        var rerun = kudos(args(site));
        assertThat(rerun.out()).isEqualTo("deployed to dir " + www() + ": 4 uploaded, 1 deleted, 4 unchanged\n");
        assertThat(texts(www())).isEqualTo(DeploySites.texts(site.site()));
        assertThat(kudos(args(site)).out()).contains(": 0 uploaded, 0 deleted, 8 unchanged");
    }

    @Test
    void aDeployThatDeletesTooMuchStopsUnlessForced() {
        TestSite site = site();
        kudos(args(site));
        built(site, with(PAGES, "clients/coho/index.html", null, "clients/kea/index.html", null, "feed.xml", null));
        var run = kudos(args(site));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("kudos deploy: this deploy would delete 3 of 8 files (38%), more than the limit "
                + "of 25%; check the build, then rerun with --force\n");
        assertThat(texts(www())).containsKey("feed.xml");
        assertThat(kudos(args(site, "--dry-run")).out()).startsWith("note: this deploy would delete 3 of 8 files (38%), "
                + "more than the limit of 25%; it will need --force\ndelete ");
        assertThat(kudos(args(site, "--delete-threshold", "50")).exitCode()).isZero();
        assertThat(texts(www())).doesNotContainKey("feed.xml");
    }

    @Test
    void forceAllowsALargeDeletion() {
        TestSite site = site();
        kudos(args(site));
        built(site, java.util.Map.of("index.html", "<h1>Only home</h1>"));
        var run = kudos(args(site, "--force"));
        assertThat(run.exitCode()).isZero();
        assertThat(texts(www())).containsOnlyKeys("index.html");
    }

    @Test
    void passwordsAndTyposInSiteYamlAreErrors() {
        TestSite site = DeploySites.site(dir, """
                deploy:
                  target: sftp
                  hots: example.com
                  password: hunter22
                  delete_threshold: 120%
                """);
        var run = kudos(args(site));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                content/site.yaml:6:3: error: unknown key 'hots' (did you mean 'host'?)
                content/site.yaml:7:3: error: 'password' must not be stored in site.yaml (secrets come from the environment: KUDOS_SFTP_PASSWORD, KUDOS_SSH_KEY or KUDOS_GIT_TOKEN)
                content/site.yaml:8:21: error: 'delete_threshold' must be between 0 and 100, not 120
                kudos deploy: 3 errors in content/site.yaml; nothing deployed
                """);
        assertThat(site.build().errorLines()).hasSize(3);
    }

    @Test
    void usageErrors() {
        TestSite site = DeploySites.site(dir, "");
        var noTarget = kudos(args(site));
        assertThat(noTarget.exitCode()).isEqualTo(2);
        assertThat(noTarget.err()).isEqualTo("kudos deploy: no deploy target: set 'deploy: { target: git|sftp|dir }' "
                + "in content/site.yaml or use --target\n");
        assertThat(kudos(args(site, "--target", "dir")).err()).isEqualTo(
                "kudos deploy: the dir target needs a folder: set deploy.folder or use --folder\n");
        assertThat(kudos(args(site, "--target", "dir", "--folder", "site/x")).exitCode()).isEqualTo(2);
        assertThat(kudos(args(site, "--target", "git", "--remote", "http://example.com/a/b.git")).err())
                .isEqualTo("kudos deploy: remote http://example.com/a/b.git is plain http; use https\n");
        assertThat(kudos(args(site, "--target", "git", "--remote=-oProxyCommand=x@host:a.git")).err())
                .startsWith("kudos deploy: remote -oProxyCommand=x@host:a.git is not supported");
        assertThat(kudos(args(site, "--target", "git", "--remote", "ftp://example.com/a/b.git")).err())
                .startsWith("kudos deploy: remote ftp://example.com/a/b.git is not supported; use an https URL, an ssh remote");
    }

    /** Found in the CLI campaign: a folder that is a file, or cannot be made, showed Java's exception and "run again". */
    @Test
    void aFolderThatIsAFileOrCannotBeMadeIsAPlainError() throws IOException {
        TestSite site = site();
        Files.writeString(dir.resolve("a-file"), "x");
        var file = kudos(args(site, "--folder", dir.resolve("a-file").toString()));
        assertThat(file.exitCode()).isEqualTo(2);
        assertThat(file.err()).isEqualTo("kudos deploy: " + dir.resolve("a-file") + " is a file, not a folder\n");
        var blocked = kudos(args(site, "--folder", dir.resolve("a-file/www").toString()));
        assertThat(blocked.exitCode()).isEqualTo(1);
        assertThat(blocked.err()).isEqualTo("kudos deploy: " + dir.resolve("a-file/www") + ": not a folder\n");
    }

    /** site.yaml takes delete_threshold: 25%, as the README shows it; the option took only 25. */
    @Test
    void theDeleteThresholdOptionTakesAPercentSign() {
        TestSite site = site();
        kudos(args(site));
        built(site, with(PAGES, "clients/coho/index.html", null, "clients/kea/index.html", null, "feed.xml", null));
        var run = kudos(args(site, "--delete-threshold", "50%"));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        var bad = kudos(args(site, "--delete-threshold", "half"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("kudos deploy: --delete-threshold takes a percentage such as 25%, not 'half'\n");
    }

    @Test
    void needsABuiltSiteOrBuildsFirst() {
        TestSite site = TestSite.of(dir.resolve("src"), TestSite.SITE + """
                -- content/clients/coho.yaml --
                name: Coho Café
                since: 2015-03-01
                consent: { given: 2024-05-02, by: Jane, scope: [name] }
                """);
        var missing = kudos(args(site, "--target", "dir", "--folder", "../www"));
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("kudos deploy: no built site in " + site.site()
                + "; run 'kudos build' first, or 'kudos deploy --build'\n");
        var built = kudos(args(site, "--target", "dir", "--folder", "../www", "--build"));
        assertThat(built.err()).isEmpty();
        assertThat(built.exitCode()).isZero();
        assertThat(built.out()).startsWith("built ").contains(" pages from 1 profile and 0 stories\n")
                .endsWith(", 0 deleted, 0 unchanged\n");
        assertThat(www().resolve("clients/coho/index.html")).exists();
        assertThat(www().resolve("index.html")).exists();

        var again = kudos(args(site, "--target", "dir", "--folder", "../www", "--build"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("site/ is up to date: ").contains(" pages from 1 profile and 0 stories\n")
                .contains(", 0 deleted, ");
    }

    @Test
    void writeConfigWritesTemplatesWithoutOverwriting() throws IOException {
        TestSite site = DeploySites.site(dir, "");
        var run = kudos(args(site, "--write-config", "github"));
        assertThat(run.out()).isEqualTo("wrote .github/workflows/kudos-pages.yml\n");
        assertThat(Files.readString(dir.resolve(".github/workflows/kudos-pages.yml"))).contains("actions/deploy-pages");
        TestSite.write(dir.resolve("netlify.toml"), "mine");
        assertThat(kudos(args(site, "--write-config", "netlify")).out())
                .isEqualTo("kept netlify.toml (it exists; remove it to get a fresh copy)\n");
        assertThat(Files.readString(dir.resolve("netlify.toml"))).isEqualTo("mine");
        assertThat(kudos(args(site, "--write-config", "cloudflare")).out()).isEqualTo("wrote _headers\n");
        assertThat(Files.readString(dir.resolve("_headers"))).contains("immutable", "must-revalidate");
        var bad = kudos(args(site, "--write-config", "vercel"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("kudos deploy: unknown config 'vercel' (use github, netlify or cloudflare)\n");
    }

    @Test
    void aManifestWithAnEscapingPathIsRefused() throws IOException {
        TestSite site = site();
        Files.createDirectories(www());
        Files.writeString(www().resolve(Manifest.NAME), "{\n  \"generator\": \"kudos\",\n  \"files\": {\n    \"../../etc/passwd\": \"\"\n  }\n}\n");
        var run = kudos(args(site));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("kudos deploy: " + www().resolve(Manifest.NAME) + " names an unsafe path '../../etc/passwd'\n");
    }

    @Test
    void manifestRoundTrips() {
        Manifest manifest = new Manifest(java.util.Map.of("a \"b\"/index.html", "0".repeat(64), "c.txt", Manifest.UNKNOWN));
        assertThat(Manifest.parse(manifest.toJson(), "x")).isEqualTo(manifest);
    }

    private Manifest manifest() {
        try {
            return new DirTarget(www()).manifest();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A target whose connection drops after n uploads. */
    record FailAfter(Target target, int n, int[] count) implements Target {
        FailAfter(Target target, int n) {
            this(target, n, new int[1]);
        }

        public String describe() { return target.describe(); }
        public Manifest manifest() throws IOException { return target.manifest(); }
        public void delete(String path) throws IOException { target.delete(path); }
        public void writeManifest(Manifest manifest) throws IOException { target.writeManifest(manifest); }

        public void upload(SiteFile file) throws IOException {
            if (count[0]++ == n) throw new IOException("connection lost");
            target.upload(file);
        }
    }
}
