/** Kernel services: the scheduler of VM threads and the snapshotter. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.4.0")
package phantom.api.kernel;
