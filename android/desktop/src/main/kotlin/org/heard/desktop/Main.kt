// Heard on a laptop (community centres: kiosks, focus groups): the shared
// screens in a window over the core in its desktop mode. See Options.kt for
// the command line; `cargo xtask desktop [-- ARGS]` builds and starts it.

package org.heard.desktop

import org.heard.core.ApiException
import org.heard.screens.RootState
import kotlin.system.exitProcess

fun main(args: Array<String>) {
    if (args.any { it == "--help" || it == "-h" }) {
        println(Options.USAGE)
        return
    }
    val options = try {
        Options.parse(args.toList())
    } catch (e: IllegalArgumentException) {
        System.err.println("heard-desktop: ${e.message}\n\n${Options.USAGE}")
        exitProcess(2)
    }
    // Read by skiko when the first window is made, so set before it.
    if (options.softwareRender) System.setProperty("skiko.renderApi", "SOFTWARE")

    val core = DesktopCore(options.dataDir)
    val root = try {
        RootState({ core.open() }, DesktopShell(options.dataDir))
    } catch (e: ApiException) {
        System.err.println("heard-desktop: cannot open Heard's data in ${options.dataDir}: ${e.message}")
        exitProcess(1)
    }
    println("heard-desktop: data in ${options.dataDir}")

    val screenshot = options.screenshot
    if (screenshot != null) {
        try {
            writeScreenshot(root, screenshot)
            println("heard-desktop: wrote $screenshot")
        } finally {
            core.shutDown(root)
        }
        return
    }

    // Ended from outside (Ctrl-C, logout): lock and close all the same.
    val hook = Thread({ core.shutDown(root) }, "heard-shutdown")
    Runtime.getRuntime().addShutdownHook(hook)
    showWindow(root, options)
    core.shutDown(root)
    Runtime.getRuntime().removeShutdownHook(hook)
    exitProcess(0)
}
