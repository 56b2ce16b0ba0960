// Asking for the camera, which only the enrollment QR scan uses.

import AVFoundation

/// The camera permission.
enum CameraAccess {
    /// Whether the camera may be used, asking the person the first time
    /// (with Info.plist's NSCameraUsageDescription).
    static func request() async -> Bool {
        switch AVCaptureDevice.authorizationStatus(for: .video) {
        case .authorized:
            return true
        case .notDetermined:
            return await AVCaptureDevice.requestAccess(for: .video)
        default:
            return false
        }
    }
}
