// Heard for Android: one activity hosting the shared Compose screens
// (android/screens, HeardRoot) over the Rust core (libheard_ffi.so, built
// for every ABI by build-core.sh through cargo-ndk before the native
// libraries are merged) through the uniffi bindings (android/bindings).
//
// The Kotlin of bindings/, screens/ and platform/ is compiled here from
// those folders: Maven builds and tests the same files on the JVM
// (`cargo xtask test`), so there is one copy of each.

import org.jetbrains.kotlin.gradle.dsl.JvmTarget

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.android)
    alias(libs.plugins.kotlin.compose)
}

/** The Cargo workspace (the repository root). */
val repoRoot: File = rootDir.parentFile

/** Where build-core.sh puts <abi>/libheard_ffi.so. */
val rustJniLibs: File = layout.buildDirectory.dir("rustJniLibs").get().asFile

/** The ABIs the APK carries; build-core.sh builds exactly these. */
val abis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

android {
    namespace = "org.heard.app"
    compileSdk = 36
    // NDK r28c: links 16 KB-page-aligned libraries by default (Android 15+
    // devices with 16 KB pages, and Google Play, need them); build-core.sh
    // passes the linker flag as well.
    ndkVersion = "28.2.13676358"

    defaultConfig {
        applicationId = "org.heard.app"
        // Android 9: the first with setUnlockedDeviceRequired and StrongBox
        // for the Keystore key that wraps the core's secrets. Keep
        // HEARD_ANDROID_API in build-core.sh the same.
        minSdk = 28
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
        ndk { abiFilters += abis }
    }

    buildTypes {
        release {
            // Off until an R8 build has been tried on a phone: JNA and the
            // uniffi bindings find classes and fields by reflection, and a
            // rule missing from proguard-rules would only show as a crash.
            isMinifyEnabled = false
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
        buildConfig = false
    }

    sourceSets {
        getByName("main") {
            // src/main/kotlin (this module) is a default source folder.
            java.srcDirs(
                "../bindings/src/main/kotlin",
                "../screens/src/main/kotlin",
                "../platform/src/main/kotlin",
            )
            // The bundled Noto fonts, read by HeardFonts as class-path resources.
            resources.srcDirs("../screens/src/main/resources")
            jniLibs.srcDirs(rustJniLibs)
        }
    }

    packaging {
        resources.excludes += setOf("/META-INF/{AL2.0,LGPL2.1}", "/META-INF/versions/9/previous-compilation-data.bin")
        // Uncompressed and page-aligned in the APK, loaded from it directly.
        jniLibs.useLegacyPackaging = false
    }
}

kotlin {
    compilerOptions {
        jvmTarget.set(JvmTarget.JVM_17)
    }
}

dependencies {
    implementation(libs.compose.runtime)
    implementation(libs.compose.ui)
    implementation(libs.compose.foundation)
    implementation(libs.compose.material3)
    implementation(libs.activity.compose)
    implementation(libs.lifecycle.runtime.ktx)
    implementation(libs.lifecycle.viewmodel.ktx)
    implementation(libs.work.runtime.ktx)
    implementation(libs.kotlinx.coroutines.android)
    // The .aar, not the .jar: it brings libjnidispatch.so for Android.
    implementation("net.java.dev.jna:jna:${libs.versions.jna.get()}@aar")
    implementation(libs.zxing.embedded)
    implementation(libs.zxing.core)
}

// The core for every ABI, by the one script that knows how (cargo-ndk).
// Gradle runs it only when a Rust source, the lock file or the locales
// (which the core embeds) changed, or the output is missing.
val buildCore by tasks.registering(Exec::class) {
    group = "build"
    description = "Builds libheard_ffi.so for ${abis.joinToString()} with cargo-ndk (build-core.sh)."
    val script = file("build-core.sh")
    inputs.file(script)
    inputs.files(
        fileTree(repoRoot.resolve("core")) { exclude("**/target/**") },
        fileTree(repoRoot.resolve("protocol")) { exclude("**/target/**") },
        fileTree(repoRoot.resolve("locales")),
        repoRoot.resolve("Cargo.toml"),
        repoRoot.resolve("Cargo.lock"),
    )
    val profile = providers.gradleProperty("heard.cargoProfile").orElse("mobile")
    inputs.property("cargoProfile", profile)
    outputs.dir(rustJniLibs)
    workingDir = repoRoot
    commandLine("bash", script.absolutePath, rustJniLibs.absolutePath)
    environment("HEARD_CARGO_PROFILE", profile.get())
    doFirst {
        // The NDK of ndkVersion above, unless the caller chose one.
        if (System.getenv("ANDROID_NDK_HOME").isNullOrEmpty()) {
            environment("ANDROID_NDK_HOME", android.ndkDirectory.absolutePath)
        }
    }
}

// Before the jniLibs folders (ours among them) are merged into the APK.
tasks.configureEach {
    if (name.startsWith("merge") && name.endsWith("JniLibFolders")) dependsOn(buildCore)
}
