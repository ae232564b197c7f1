/** The virtual machine as a service: load class files, start and watch VM threads. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.4.0")
package phantom.api.vm;
