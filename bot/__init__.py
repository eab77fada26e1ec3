"""safeguard-bot's conversation core: platform-neutral questions in, cited replies out."""
