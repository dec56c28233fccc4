package io.github.kudos.deploy;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A branch of a git remote (GitHub Pages and the like). The branch is fetched into a temporary
 * bare repository; the deploy edits its tree (files nobody but Kudos wrote are kept), commits on
 * top of it, or as an orphan, and pushes. The push is atomic: visitors see the old site or the new.
 */
public final class GitTarget implements Target {
    private final Settings settings;
    private final Path scratch;
    private final Git git;
    private final RevCommit parent;
    private final Map<String, ObjectId> writes = new TreeMap<>();
    private final Set<String> deletions = new HashSet<>();

    /** remote: a file:// URL, a local path or an https URL; credentials may be null. */
    public record Settings(String remote, String branch, boolean orphan, CredentialsProvider credentials) {}

    public GitTarget(Settings settings) throws IOException {
        this.settings = settings;
        this.scratch = Files.createTempDirectory("kudos-deploy-git-");
        try {
            this.git = Git.init().setBare(true).setDirectory(scratch.toFile()).call();
            this.parent = fetch();
        } catch (GitAPIException | IOException e) {
            close();
            throw new DeployException("cannot read " + settings.remote() + ": " + e.getMessage(), e);
        }
    }

    /** Why a remote cannot be used, or null: only local, file:// and https remotes are supported. */
    public static String refusal(String remote) {
        if (remote.startsWith("https://") || remote.startsWith("file://") || remote.startsWith("/")) return null;
        if (remote.startsWith("http://")) return "remote " + remote + " is plain http; use https";
        return "remote " + remote + " is not supported; use an https URL (with KUDOS_GIT_TOKEN), a file:// URL "
                + "or a local path (ssh remotes: not yet)";
    }

    private RevCommit fetch() throws GitAPIException, IOException {
        String ref = Constants.R_HEADS + settings.branch();
        Collection<Ref> heads = Git.lsRemoteRepository().setRemote(settings.remote()).setHeads(true)
                .setCredentialsProvider(settings.credentials()).call();
        if (heads.stream().noneMatch(head -> head.getName().equals(ref))) return null;
        git.fetch().setRemote(settings.remote()).setCredentialsProvider(settings.credentials())
                .setRefSpecs(new RefSpec("+" + ref + ":" + ref)).call();
        try (RevWalk walk = new RevWalk(repository())) {
            return walk.parseCommit(repository().resolve(ref));
        }
    }

    private Repository repository() {
        return git.getRepository();
    }

    @Override
    public String describe() {
        return "git " + settings.remote() + " (" + settings.branch() + ")";
    }

    @Override
    public Manifest manifest() throws IOException {
        if (parent == null) return Manifest.EMPTY;
        try (TreeWalk walk = TreeWalk.forPath(repository(), Manifest.NAME, parent.getTree())) {
            if (walk == null) return Manifest.EMPTY;
            byte[] bytes = repository().open(walk.getObjectId(0)).getBytes();
            return Manifest.parse(new String(bytes, StandardCharsets.UTF_8), Manifest.NAME + " on " + settings.branch());
        }
    }

    @Override
    public void upload(SiteFile file) throws IOException {
        try (InputStream in = file.open(); ObjectInserter inserter = repository().newObjectInserter()) {
            byte[] bytes = in.readAllBytes();
            writes.put(file.path(), inserter.insert(Constants.OBJ_BLOB, bytes));
            inserter.flush();
        }
        deletions.remove(file.path());
    }

    @Override
    public void delete(String path) {
        writes.remove(path);
        deletions.add(path);
    }

    @Override
    public void writeManifest(Manifest manifest) throws IOException {
        upload(SiteFile.of(Manifest.NAME, manifest.toJson().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void finish(String message) throws IOException {
        try (ObjectInserter inserter = repository().newObjectInserter()) {
            ObjectId tree = tree(inserter);
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (parent != null && !settings.orphan()) commit.setParentId(parent);
            PersonIdent who = new PersonIdent(repository());
            commit.setAuthor(who);
            commit.setCommitter(who);
            commit.setMessage(message + "\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate update = repository().updateRef(Constants.R_HEADS + settings.branch());
            update.setNewObjectId(id);
            update.forceUpdate();
        }
        push();
    }

    private ObjectId tree(ObjectInserter inserter) throws IOException {
        DirCache index = DirCache.newInCore();
        if (parent != null) {
            DirCacheBuilder builder = index.builder();
            try (ObjectReader reader = repository().newObjectReader()) {
                builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, parent.getTree());
            }
            builder.finish();
        }
        DirCacheEditor editor = index.editor();
        deletions.forEach(path -> editor.add(new DirCacheEditor.DeletePath(path)));
        writes.forEach((path, blob) -> editor.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
            }
        }));
        editor.finish();
        return index.writeTree(inserter);
    }

    private void push() {
        String ref = Constants.R_HEADS + settings.branch();
        try {
            Iterable<PushResult> results = git.push().setRemote(settings.remote())
                    .setCredentialsProvider(settings.credentials())
                    .setRefSpecs(new RefSpec((settings.orphan() ? "+" : "") + ref + ":" + ref)).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    var status = update.getStatus();
                    if (status != RemoteRefUpdate.Status.OK && status != RemoteRefUpdate.Status.UP_TO_DATE) {
                        throw new DeployException("push to " + settings.remote() + " was refused (" + status
                                + (update.getMessage() == null ? "" : ": " + update.getMessage())
                                + "); if someone else deployed meanwhile, run kudos deploy again");
                    }
                }
            }
        } catch (GitAPIException e) {
            throw new DeployException("cannot push to " + settings.remote() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (git != null) git.close();
        try (Stream<Path> walk = Files.walk(scratch)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }
}
