package dev.groundwork.app.internal;

import dev.groundwork.core.SynthesisFailedException;
import dev.groundwork.replacement.PreviousAssembly;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cloud assembly directory, replaced as a whole and only by an assembly that passed:
 * synthesis and every report of one run are written into a staging directory beside it, which
 * takes its place only when complete and accepted.
 *
 * <p>A deploy tool reads whatever the output directory holds, so it must never hold a
 * half-written assembly, nor one the policy check rejected; and the replacement guard compares
 * with it, so a rejected assembly there would let a retry pass. Until {@link #commit()} the
 * previous assembly stays untouched. {@link #reject} puts the finished but rejected assembly and
 * its reports beside the output directory instead ({@code <outdir>.rejected}, marked with
 * {@value PreviousAssembly#REJECTED_MARKER}), where it can be read but is never deployed or
 * compared with; the next accepted synthesis removes it. A failed, interrupted or killed
 * synthesis leaves only a hidden staging directory, which this JVM removes as it exits (and the
 * next synthesis removes if the JVM was killed). A lock file beside the output directory keeps
 * two synthesizing processes from replacing it at once.
 */
public final class AssemblyDirectory {
  /** CDK CLI's own lock inside the directory, carried over so the CLI can release it. */
  private static final String CDK_CLI_LOCK = "synth.lock";
  private static final String ELSEWHERE = "set PlatformAppProps.outdir (or CDK_OUTDIR) to a writable directory";
  private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final long PID = ProcessHandle.current().pid();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> UNFINISHED.forEach(AssemblyDirectory::deleteQuietly), "groundwork-staging-cleanup"));
  }

  /** Beside the output directory's name: where a rejected assembly goes. */
  public static final String REJECTED_SUFFIX = ".rejected";

  private final Path outdir;
  private final Path staging;
  private final Pattern leftovers;
  private FileChannel lockChannel;
  private FileLock lock;

  private AssemblyDirectory(Path outdir, Path staging) {
    this.outdir = outdir;
    this.staging = staging;
    this.leftovers = Pattern.compile(Pattern.quote("." + outdir.getFileName()) + "\\.(?:staging|previous|rejected)-(\\d+)-\\d+");
  }

  /**
   * {@code CDK_OUTDIR} if set (the CDK CLI reads the assembly from there), else the configured
   * directory, else {@code cdk.out} in the working directory.
   */
  public static Path resolve(Optional<Path> configured, String cdkOutdirVariable) {
    if (cdkOutdirVariable != null && !cdkOutdirVariable.isBlank()) {
      return Paths.get(cdkOutdirVariable).toAbsolutePath().normalize();
    }
    return configured.orElse(Paths.get("cdk.out")).toAbsolutePath().normalize();
  }

  /**
   * Checks that {@code outdir} can be replaced and creates an empty staging directory beside it.
   *
   * @throws SynthesisFailedException naming the path and the fix if it cannot be written
   */
  public static AssemblyDirectory prepare(Path outdir) {
    Path target = outdir.toAbsolutePath().normalize();
    try {
      if (Files.isSymbolicLink(target)) {
        target = target.toRealPath();
      }
    } catch (IOException e) {
      throw unwritable(target, "it is a symbolic link that leads nowhere (" + reason(e) + ")",
          "Remove the link or " + ELSEWHERE, e);
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw unwritable(target, "a file is where the directory should be",
          "Move or delete that file, or " + ELSEWHERE, null);
    }
    if (Files.isDirectory(target)) {
      if (!Files.isWritable(target)) {
        throw unwritable(target, "the directory is read-only",
            "Make it writable (chmod -R u+w " + target + ") or " + ELSEWHERE, null);
      }
      if (!holdsOnlyAnAssembly(target)) {
        throw new SynthesisFailedException("the output directory " + target + " holds files but no "
            + "cloud assembly (no manifest.json). Groundwork replaces the whole directory with each synthesis, "
            + "so it does not write into one that holds other files. Set PlatformAppProps.outdir (or CDK_OUTDIR) "
            + "to a new or empty directory.", "output directory holds other files");
      }
    }
    Path parent = target.getParent();
    Path staging = parent.resolve("." + target.getFileName() + ".staging-" + PID + "-" + SEQUENCE.incrementAndGet());
    try {
      Files.createDirectories(parent);
      Files.createDirectory(staging);
    } catch (IOException e) {
      throw unwritable(target, "its parent directory " + parent + " cannot be written (" + reason(e) + ")",
          "Make " + parent + " a writable directory or " + ELSEWHERE, e);
    }
    UNFINISHED.add(staging);
    return new AssemblyDirectory(target, staging);
  }

  /** Where the assembly ends up. */
  public Path outdir() {
    return outdir;
  }

  /** Where synthesis and every report of this run write until {@link #commit()}. */
  public Path staging() {
    return staging;
  }

  /**
   * Takes the lock beside the output directory for the rest of this synthesis.
   *
   * @throws SynthesisFailedException if another synthesis holds it
   */
  public void lock() {
    Path lockFile = outdir.resolveSibling("." + outdir.getFileName() + ".lock");
    try {
      FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock acquired;
      try {
        acquired = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        acquired = null;
      }
      if (acquired == null) {
        String holder = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
        channel.close();
        throw new SynthesisFailedException("another synthesis is writing the cloud assembly "
            + outdir + " right now (" + (holder.isEmpty() ? "" : "process " + holder + " holds ") + "the lock "
            + lockFile + "). Wait for it to finish and run again, or give each job its own output directory "
            + "(PlatformAppProps.outdir or CDK_OUTDIR).", "output directory in use by another synthesis");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(Long.toString(PID).getBytes(StandardCharsets.UTF_8)), 0);
      lockChannel = channel;
      lock = acquired;
    } catch (IOException e) {
      throw unwritable(outdir, "its lock file " + lockFile + " cannot be written (" + reason(e) + ")",
          "Make " + outdir.getParent() + " writable or " + ELSEWHERE, e);
    }
  }

  /**
   * Puts the staging directory in the output directory's place, removes the previous assembly
   * and what killed runs left beside it, and releases the lock.
   */
  public void commit() {
    try {
      removeLeftoversOfDeadProcesses();
      Path previous = outdir.resolveSibling("." + outdir.getFileName() + ".previous-" + PID + "-"
          + SEQUENCE.incrementAndGet());
      boolean replacing = Files.isDirectory(outdir);
      if (replacing) {
        if (Files.isRegularFile(outdir.resolve(CDK_CLI_LOCK))) {
          Files.copy(outdir.resolve(CDK_CLI_LOCK), staging.resolve(CDK_CLI_LOCK));
        }
        Files.move(outdir, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, outdir, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (replacing) {
          Files.move(previous, outdir, StandardCopyOption.ATOMIC_MOVE);
        }
        throw e;
      }
      UNFINISHED.remove(staging);
      if (replacing) {
        deleteTree(previous);
      }
      removeRejected();
    } catch (IOException e) {
      discard();
      throw unwritable(outdir, "the finished assembly could not be moved into place (" + reason(e) + ")",
          "Make " + outdir + " and " + outdir.getParent() + " writable or " + ELSEWHERE, e);
    } finally {
      release();
    }
  }

  /**
   * Puts the finished assembly beside the output directory instead of in it ({@link #rejected()},
   * replacing an earlier rejected one), with {@value PreviousAssembly#REJECTED_MARKER} saying
   * {@code why}, and releases the lock; the output directory keeps the last accepted assembly.
   *
   * @return where the rejected assembly now is
   */
  public Path reject(String why) {
    Path rejected = rejected();
    try {
      Files.writeString(staging.resolve(PreviousAssembly.REJECTED_MARKER), "This cloud assembly was rejected: "
          + why + ".\nIts reports are beside this file. It is kept to be read, never deployed: the replacement "
          + "guard refuses to compare with it, and the output directory " + outdir
          + " keeps the last assembly that passed.\n", StandardCharsets.UTF_8);
      removeLeftoversOfDeadProcesses();
      if (!removeRejected()) {
        throw new SynthesisFailedException("cannot put the rejected assembly at " + rejected + ": something other "
            + "than a rejected Groundwork assembly is there (no " + PreviousAssembly.REJECTED_MARKER + "). Move it "
            + "away, or set PlatformAppProps.outdir (or CDK_OUTDIR) elsewhere; " + outdir + " keeps the last "
            + "assembly that passed.", "rejected-assembly directory holds other files");
      }
      Files.move(staging, rejected, StandardCopyOption.ATOMIC_MOVE);
      UNFINISHED.remove(staging);
      return rejected;
    } catch (IOException e) {
      discard();
      throw unwritable(rejected, "the rejected assembly could not be moved there (" + reason(e) + ")",
          "Make " + outdir.getParent() + " writable or " + ELSEWHERE, e);
    } finally {
      release();
    }
  }

  /** Where a rejected assembly goes: {@code <outdir>.rejected}, beside the output directory. */
  public Path rejected() {
    return outdir.resolveSibling(outdir.getFileName() + REJECTED_SUFFIX);
  }

  /**
   * Removes an earlier rejected assembly, now superseded; false, leaving it, when that directory
   * is not one Groundwork wrote (no marker).
   */
  private boolean removeRejected() throws IOException {
    Path rejected = rejected();
    if (!Files.exists(rejected)) {
      return true;
    }
    if (!Files.isRegularFile(rejected.resolve(PreviousAssembly.REJECTED_MARKER))) {
      return false;
    }
    Path old = outdir.resolveSibling("." + outdir.getFileName() + ".rejected-" + PID + "-" + SEQUENCE.incrementAndGet());
    Files.move(rejected, old, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
    return true;
  }

  /** Removes the staging directory and releases the lock; the previous assembly stays. */
  public void discard() {
    deleteQuietly(staging);
    UNFINISHED.remove(staging);
    release();
  }

  private void release() {
    try {
      if (lock != null) {
        lock.release();
        lockChannel.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock of " + outdir, e);
    } finally {
      lock = null;
      lockChannel = null;
    }
  }

  /** Staging and previous directories whose process is gone: a JVM killed before it could clean up. */
  private void removeLeftoversOfDeadProcesses() throws IOException {
    List<Path> siblings;
    try (Stream<Path> list = Files.list(outdir.getParent())) {
      siblings = list.toList();
    }
    for (Path sibling : siblings) {
      Matcher m = leftovers.matcher(sibling.getFileName().toString());
      if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true)) {
        deleteTree(sibling);
      }
    }
  }

  /** Empty, a cloud assembly, or only the CDK CLI's lock files (it creates the directory first). */
  private static boolean holdsOnlyAnAssembly(Path dir) {
    if (Files.isRegularFile(dir.resolve("manifest.json"))) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.allMatch(p -> p.getFileName().toString().endsWith(".lock"));
    } catch (IOException e) {
      throw unwritable(dir, "it cannot be listed (" + reason(e) + ")", "Make it readable or " + ELSEWHERE, e);
    }
  }

  private static SynthesisFailedException unwritable(Path outdir, String why, String fix, Exception cause) {
    return new SynthesisFailedException("cannot write the cloud assembly to " + outdir + ": " + why + ". " + fix
        + ".", "output directory not writable", cause);
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static void deleteQuietly(Path dir) {
    try {
      deleteTree(dir);
    } catch (IOException | UncheckedIOException e) {
      // Best effort while the JVM exits or a run fails; the next commit removes what is left.
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
