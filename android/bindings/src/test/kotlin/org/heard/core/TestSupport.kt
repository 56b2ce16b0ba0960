// What the binding tests and the JNA benchmark share: the real `heard-server`
// and `heard` binaries (built by `cargo xtask test`, found in heard.bin.dir),
// an organization set up with the CLI as a steward would, a secret store
// written in Kotlin, and a walk through a questionnaire. Nothing is mocked:
// a missing binary fails the test that needs it.

package org.heard.core

import java.io.BufferedReader
import java.io.InputStream
import java.io.InputStreamReader
import java.net.InetAddress
import java.net.ServerSocket
import java.net.Socket
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.LinkedBlockingQueue
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicBoolean

/** Where the binaries and the shipped questionnaires are. */
object Repo {
    /** `heard.bin.dir` (surefire sets it to the cargo target's debug dir) or `HEARD_BIN_DIR`. */
    val binDir: Path by lazy {
        val dir = System.getProperty("heard.bin.dir")?.takeIf { it.isNotBlank() }
            ?: System.getenv("HEARD_BIN_DIR")?.takeIf { it.isNotBlank() }
            ?: error("heard.bin.dir is not set: run through `cargo xtask test` or pass -Dheard.bin.dir=<cargo target>/debug")
        Paths.get(dir).toAbsolutePath().normalize()
    }

    /** The workspace root: `heard.repo.dir`, else two levels above android/bindings. */
    val root: Path by lazy {
        val dir = System.getProperty("heard.repo.dir")?.takeIf { it.isNotBlank() }
            ?: Paths.get(System.getProperty("user.dir")).resolve("../..").toString()
        Paths.get(dir).toAbsolutePath().normalize()
    }

    fun questionnaire(name: String): Path {
        val dir = root.resolve("questionnaires").resolve(name)
        check(Files.isRegularFile(dir.resolve("questionnaire.toml"))) { "no shipped questionnaire at $dir" }
        return dir
    }

    /** A binary that must exist: the tests never skip silently. */
    fun bin(name: String): Path {
        val path = binDir.resolve(name)
        if (!Files.isExecutable(path)) {
            throw AssertionError(
                "$path is missing: build it with `cargo build -p heard-cli --bin heard -p heard-server --bin heard-server` " +
                    "(cargo xtask test does)",
            )
        }
        return path
    }
}

/** Environment variables the binaries read that must not leak in from the caller. */
private val HEARD_ENV = listOf(
    "HEARD_DB", "HEARD_LISTEN", "HEARD_ADMIN_TOKEN", "HEARD_ADMIN_TOKEN_FILE", "HEARD_SERVER", "HEARD_ORG",
    "HEARD_TLS_CERT", "HEARD_TLS_KEY", "HEARD_RETENTION_HOURS", "HEARD_RATE_LIMIT",
)

private fun ProcessBuilder.cleanEnv(): ProcessBuilder {
    HEARD_ENV.forEach { environment().remove(it) }
    return this
}

/** Copies a stream into [sink] on a daemon thread (so a full pipe never blocks the child). */
private fun drain(stream: InputStream, sink: StringBuffer) {
    Thread {
        BufferedReader(InputStreamReader(stream, StandardCharsets.UTF_8)).useLines { lines ->
            lines.forEach { sink.append(it).append('\n') }
        }
    }.apply { isDaemon = true }.start()
}

/** A real `heard-server` process over a SQLite file in [dir], on a free loopback port. */
class HeardServer(dir: Path, port: Int = 0) : AutoCloseable {
    val token = ADMIN_TOKEN
    val url: String
    private val process: Process
    private val stderr = StringBuffer()

    init {
        Files.createDirectories(dir)
        process = ProcessBuilder(
            Repo.bin("heard-server").toString(),
            "--db", "sqlite:" + dir.resolve("server.db"),
            "--listen", "127.0.0.1:$port",
            "--admin-token", token,
        ).cleanEnv().start()
        drain(process.errorStream, stderr)
        val lines = LinkedBlockingQueue<String>()
        Thread {
            BufferedReader(InputStreamReader(process.inputStream, StandardCharsets.UTF_8)).useLines { seq ->
                seq.forEach { lines.put(it) }
            }
        }.apply { isDaemon = true }.start()
        val first = lines.poll(30, TimeUnit.SECONDS)
            ?: run {
                process.destroyForcibly()
                throw AssertionError("heard-server printed nothing in 30 s; stderr:\n$stderr")
            }
        val prefix = "listening on "
        check(first.startsWith(prefix + "http://127.0.0.1:")) { "unexpected first line of heard-server: $first\n$stderr" }
        url = first.removePrefix(prefix).trim()
    }

    val port: Int get() = url.substringAfterLast(':').toInt()

    override fun close() {
        process.destroy()
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor()
        }
    }

    companion object {
        const val ADMIN_TOKEN = "kotlin-binding-tests-admin-token-0123456789"
    }
}

/**
 * A TCP relay in front of the server. Passing, it copies both ways; holding,
 * requests still reach the server but no answer comes back: a server that
 * went silent mid-sync.
 */
class Relay(private val upstreamPort: Int) : AutoCloseable {
    private val socket = ServerSocket(0, 50, InetAddress.getLoopbackAddress())
    private val open = CopyOnWriteArrayList<Socket>()
    private val closed = AtomicBoolean(false)

    /** When true, answers from the server are dropped. */
    val holding = AtomicBoolean(false)

    /** Bytes sent towards the server so far. */
    val sent = java.util.concurrent.atomic.AtomicLong()

    val url: String get() = "http://127.0.0.1:${socket.localPort}"

    init {
        Thread {
            while (!closed.get()) {
                val client = try { socket.accept() } catch (_: Exception) { break }
                val server = Socket(InetAddress.getLoopbackAddress(), upstreamPort)
                open += client
                open += server
                pump(client, server, dropWhenHolding = false)
                pump(server, client, dropWhenHolding = true)
            }
        }.apply { isDaemon = true }.start()
    }

    private fun pump(from: Socket, to: Socket, dropWhenHolding: Boolean) {
        Thread {
            val buf = ByteArray(16 * 1024)
            try {
                val input = from.getInputStream()
                val output = to.getOutputStream()
                while (true) {
                    val n = input.read(buf)
                    if (n < 0) break
                    if (dropWhenHolding && holding.get()) continue
                    if (!dropWhenHolding) sent.addAndGet(n.toLong())
                    output.write(buf, 0, n)
                    output.flush()
                }
            } catch (_: Exception) {
            } finally {
                runCatching { to.shutdownOutput() }
            }
        }.apply { isDaemon = true }.start()
    }

    override fun close() {
        closed.set(true)
        runCatching { socket.close() }
        open.forEach { runCatching { it.close() } }
    }
}

/** The result of running `heard`. */
data class Run(val code: Int, val stdout: String, val stderr: String)

/**
 * An organization set up with the real `heard` CLI in [dir]: `heard keygen`,
 * `heard org init` against [serverUrl]; publish, enroll and pull with the
 * server's admin token.
 */
class Organization(val dir: Path, val serverUrl: String, val name: String = "Refugee Legal Aid Network") {
    val token = HeardServer.ADMIN_TOKEN

    init {
        Files.createDirectories(dir)
        heard("keygen", "-o", "steward.key")
        heard("org", "init", "--org", "org", "--name", name, "--server", serverUrl, "--identity", "steward.key")
    }

    fun run(vararg args: String): Run {
        val p = ProcessBuilder(listOf(Repo.bin("heard").toString()) + args)
            .directory(dir.toFile())
            .cleanEnv()
            .start()
        p.outputStream.close()
        val err = StringBuffer()
        drain(p.errorStream, err)
        val out = String(p.inputStream.readAllBytes(), StandardCharsets.UTF_8)
        check(p.waitFor(120, TimeUnit.SECONDS)) { "heard ${args.joinToString(" ")} did not finish" }
        Thread.sleep(20)
        return Run(p.exitValue(), out, err.toString())
    }

    /** `heard ARGS`, which must succeed; its standard output. */
    fun heard(vararg args: String): String {
        val r = run(*args)
        if (r.code != 0) {
            throw AssertionError("heard ${args.joinToString(" ")} exited with ${r.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}")
        }
        return r.stdout
    }

    private fun admin(vararg args: String): String = heard(*args, "--org", "org", "--admin-token", token)

    /** Signs and publishes a shipped questionnaire. */
    fun publish(questionnaire: String) {
        admin("questionnaire", "publish", Repo.questionnaire(questionnaire).toString())
    }

    /** `heard enroll --group G`: the QR payload it writes to codes/enroll-G.txt. */
    fun enrollmentCode(group: String = "north", uses: Int = 1): String {
        val out = "codes-${++codes}"
        admin("enroll", "--group", group, "--uses", uses.toString(), "--out", out)
        return String(Files.readAllBytes(dir.resolve("$out/enroll-$group.txt")), StandardCharsets.UTF_8).trim()
    }

    private var codes = 0

    /** The organization's fingerprint words, as `heard org show` prints them. */
    fun fingerprintWords(): List<String> {
        val line = heard("org", "show", "--org", "org").lines().first { it.trim().startsWith("fingerprint:") }
        return line.substringAfter("fingerprint:").trim().split(Regex("\\s+"))
    }

    /** `heard pull` into out/: every decrypted submission line of [questionnaire] v1. */
    fun pull(questionnaire: String = "post-encounter"): List<String> {
        admin("pull", "--identity", "steward.key", "--out", "out")
        val file = dir.resolve("out/$questionnaire-v1/submissions.jsonl")
        if (!Files.exists(file)) return emptyList()
        return Files.readAllLines(file, StandardCharsets.UTF_8).filter { it.isNotBlank() }
    }
}

/** A secret store written in Kotlin over a HashMap, as an app's Keystore wrapper would be. */
class KotlinSecretStore : SecretStore {
    private val map = HashMap<String, ByteArray>()

    /** When set, every call throws this (a locked key store). */
    @Volatile var failWith: Exception? = null

    @Volatile var calls = 0
        private set

    private fun enter() {
        calls++
        failWith?.let { throw it }
    }

    override fun load(name: String): ByteArray? = synchronized(map) {
        enter()
        map[name]?.copyOf()
    }

    override fun save(name: String, secret: ByteArray) = synchronized(map) {
        enter()
        map[name] = secret.copyOf()
    }

    override fun delete(name: String) {
        synchronized(map) {
            enter()
            map.remove(name)
        }
    }

    fun names(): Set<String> = synchronized(map) { map.keys.toSet() }
}

/** A progress bar that remembers every call. */
class RecordingProgress : SyncProgress {
    val calls = CopyOnWriteArrayList<Pair<Long, Long>>()
    override fun onProgress(sent: Long, total: Long) {
        calls += sent to total
    }
}

fun View.screen(): Screen = (this as? View.Questions)?.screen ?: throw AssertionError("expected a screen of questions, got $this")

fun Screen.field(id: String): Field = fields.firstOrNull { it.id == id }
    ?: throw AssertionError("no field $id on screen ${this.id}; fields: ${fields.map { it.id }}")

/** An answer for a required field nobody chose one for. */
fun defaultAnswer(f: Field): AnswerValue? = when (f.kind) {
    InputKind.CONSENT -> AnswerValue.Consent(true)
    InputKind.SINGLE, InputKind.YES_NO, InputKind.SCALE -> AnswerValue.Choice(f.choices.first().code)
    InputKind.MULTIPLE -> AnswerValue.Choices(listOf(f.choices.first().code))
    InputKind.INTEGER -> AnswerValue.Integer((f.min ?: 1.0).toLong())
    InputKind.DECIMAL -> AnswerValue.Decimal(f.min ?: 1.0)
    InputKind.TEXT, InputKind.LONG_TEXT, InputKind.PROMPT -> AnswerValue.Text("noted")
    InputKind.DATE -> AnswerValue.Date("2025-01-15")
    else -> null
}

/**
 * Walks from the current screen to the review, answering [answers] where
 * their fields show up and any other required field with [defaultAnswer].
 * Fails if a screen refuses to advance.
 */
fun walkToReview(app: HeardApp, answers: Map<String, AnswerValue> = emptyMap()): View.Review {
    var view = app.render()
    repeat(60) {
        if (view is View.Review) return view as View.Review
        var screen = view.screen()
        // An answer can show more fields (relevance): answer until none is new.
        repeat(10) {
            var changed = false
            for (f in screen.fields) {
                val wanted = answers[f.id] ?: if (f.required && f.answer == null) defaultAnswer(f) else null
                if (wanted != null && f.answer != wanted) {
                    screen = app.answer(f.id, wanted).screen()
                    changed = true
                }
            }
            if (!changed) return@repeat
        }
        val next = app.next()
        if (next is View.Questions && next.screen.index == screen.index) {
            throw AssertionError("screen ${screen.id} did not advance: ${next.screen.fields.mapNotNull { it.error }}")
        }
        view = next
    }
    throw AssertionError("no review after 60 screens")
}

/** An app opened in [dir], enrolled with [org] and synced once (so its questionnaires are installed). */
suspend fun enrolledApp(dir: Path, org: Organization, secrets: SecretStore = KotlinSecretStore(), group: String = "north"): HeardApp {
    val app = openApp(dir.toString(), secrets)
    app.acceptEnrollment(org.enrollmentCode(group))
    val summary = app.sync(null)
    check(summary.outcome == SyncOutcome.Done) { "first sync: $summary" }
    return app
}

/**
 * A test's world in [tmp]: a running server, an organization with the survey
 * (and [also]) published, optionally behind a [Relay].
 */
class World(tmp: Path, vararg also: String, relay: Boolean = false) : AutoCloseable {
    val server = HeardServer(tmp.resolve("server"))
    val relay: Relay? = if (relay) Relay(server.port) else null
    val org = Organization(tmp.resolve("steward"), this.relay?.url ?: server.url)
    val deviceDir: Path = tmp.resolve("device")

    init {
        org.publish("post-encounter")
        also.forEach { org.publish(it) }
    }

    override fun close() {
        relay?.close()
        server.close()
    }
}

fun <T : Any> notNull(value: T?, what: String = "a value"): T = value ?: throw AssertionError("expected $what, got null")

/** Opens the app as a phone without an app lock does. */
fun openApp(dir: String, secrets: SecretStore): HeardApp = HeardApp.open(dir, secrets, AppOptions())
