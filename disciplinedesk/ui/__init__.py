"""The Qt interface: thin widgets over the domain and the store."""
