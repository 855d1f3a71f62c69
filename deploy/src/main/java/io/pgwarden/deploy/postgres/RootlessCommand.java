package io.pgwarden.deploy.postgres;

import com.sun.security.auth.module.UnixSystem;

import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's programs refuse to run as root. When we are root (as in CI), each one runs in a new user namespace
 * ({@code unshare -U}), where it sees itself as uid 65534 and starts, while the kernel still treats it as the
 * owner of the root-owned data directory. As any other user, commands run unchanged.
 */
public final class RootlessCommand {

    private final boolean runningAsRoot;

    public RootlessCommand(boolean runningAsRoot) {
        this.runningAsRoot = runningAsRoot;
    }

    public static RootlessCommand forCurrentUser() {
        return new RootlessCommand(new UnixSystem().getUid() == 0);
    }

    public boolean runningAsRoot() {
        return runningAsRoot;
    }

    public List<String> wrap(List<String> command) {
        if (!runningAsRoot) {
            return List.copyOf(command);
        }
        List<String> wrapped = new ArrayList<>(command.size() + 2);
        wrapped.add("unshare");
        wrapped.add("-U");
        wrapped.addAll(command);
        return List.copyOf(wrapped);
    }

    /** Added to errors of commands that failed, because a missing user namespace looks like any other failure. */
    public String hint() {
        return runningAsRoot
                ? " (running as root, so PostgreSQL was started with `unshare -U`; if user namespaces are disabled "
                        + "on this machine, run as a non-root user instead)"
                : "";
    }
}
