"""auditor: consent-gated conduct-risk audits of public social-media posts."""

__version__ = "0.1.0"
