/**
 * The persistent object space: one 64-bit address space of objects, and the hooks the
 * garbage collectors and the snapshotter plug into it.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.8.0")
package phantom.api.space;
