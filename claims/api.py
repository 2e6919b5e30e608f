"""The claims app's public interface for other apps. Claims arrive with the claims issue."""
