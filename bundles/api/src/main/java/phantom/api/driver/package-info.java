/** Device services the kernel and the internal classes use, one set per host platform. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.3.0")
package phantom.api.driver;
