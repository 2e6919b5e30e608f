"""The suggestions app's public interface for other apps. Drafting arrives with its own issue."""
