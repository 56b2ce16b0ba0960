// The desktop app's command line, and where its data lives.

package org.heard.desktop

import java.nio.file.Path
import java.nio.file.Paths
import kotlin.time.Duration
import kotlin.time.Duration.Companion.minutes

/** What the command line asked for. */
data class Options(
    /** The core's data directory (store, lock, secrets/, app-language). */
    val dataDir: Path,
    /** How often to send the outbox while the network is there. */
    val syncEvery: Duration = 15.minutes,
    /** How soon to try again while the server cannot be reached. */
    val retry: Duration = 1.minutes,
    /** Render the app once into this PNG and exit, instead of opening a window. */
    val screenshot: Path? = null,
    /** Draw with Skia on the CPU (machines without OpenGL, Xvfb). */
    val softwareRender: Boolean = false,
) {
    companion object {
        const val USAGE = """usage: heard-desktop [--data-dir DIR] [--sync-every-minutes N] [--screenshot OUT.png] [--software-render]

  --data-dir DIR            where Heard keeps its data (default: ${'$'}XDG_DATA_HOME/heard or ~/.local/share/heard)
  --sync-every-minutes N    send the outbox every N minutes (default 15; every minute while offline)
  --screenshot OUT.png      draw the first screen into OUT.png and exit (no window)
  --software-render         draw without OpenGL (also: SKIKO_RENDER_API=SOFTWARE)"""

        /** Parses [args]; a bad command line throws [IllegalArgumentException] with the reason. */
        fun parse(args: List<String>, env: (String) -> String? = System::getenv): Options {
            var dataDir: Path? = null
            var syncEvery = 15.minutes
            var screenshot: Path? = null
            var software = false
            val rest = args.iterator()
            fun value(flag: String): String {
                require(rest.hasNext()) { "$flag needs a value" }
                return rest.next()
            }
            while (rest.hasNext()) {
                val arg = rest.next()
                val (flag, inline) = if (arg.startsWith("--") && '=' in arg) arg.substringBefore('=') to arg.substringAfter('=') else arg to null
                when (flag) {
                    "--data-dir" -> dataDir = Paths.get(inline ?: value(flag))
                    "--sync-every-minutes" -> {
                        val text = inline ?: value(flag)
                        val n = text.toLongOrNull()
                        require(n != null && n in 1..24 * 60) { "--sync-every-minutes takes a whole number of minutes from 1 to 1440, not \"$text\"" }
                        syncEvery = n.minutes
                    }
                    "--screenshot" -> screenshot = Paths.get(inline ?: value(flag))
                    "--software-render" -> software = true
                    else -> throw IllegalArgumentException("unknown argument \"$arg\"")
                }
            }
            return Options(
                dataDir = (dataDir ?: defaultDataDir(env)).toAbsolutePath().normalize(),
                syncEvery = syncEvery,
                retry = minOf(1.minutes, syncEvery),
                screenshot = screenshot?.toAbsolutePath(),
                softwareRender = software,
            )
        }

        /** `$XDG_DATA_HOME/heard` (an absolute XDG_DATA_HOME only, as the spec says), else `~/.local/share/heard`. */
        fun defaultDataDir(env: (String) -> String? = System::getenv): Path {
            val xdg = env("XDG_DATA_HOME")?.takeIf { it.isNotBlank() }?.let { Paths.get(it) }?.takeIf { it.isAbsolute }
            val base = xdg ?: Paths.get(env("HOME")?.takeIf { it.isNotBlank() } ?: System.getProperty("user.home"), ".local", "share")
            return base.resolve("heard")
        }
    }
}
