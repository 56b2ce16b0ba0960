// The Android app's Gradle build (open android/ in Android Studio). Only
// :app is a Gradle project: bindings/, screens/, desktop/ and platform/
// are built and tested with Maven (pom.xml here), and :app compiles their
// Kotlin sources straight from those folders, so there is one copy of each.

pluginManagement {
    repositories {
        google {
            content {
                includeGroupByRegex("com\\.android.*")
                includeGroupByRegex("com\\.google.*")
                includeGroupByRegex("androidx.*")
            }
        }
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "heard-android"
include(":app")
