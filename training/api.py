"""The training app's public interface. The model registry arrives with the drafting issue."""
