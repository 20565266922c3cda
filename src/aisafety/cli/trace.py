"""``aisafety trace``: a small CA for AI services, signing and offline verification of provenance bundles."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from aisafety.errors import AISafetyError, FormatError, InputError, VerificationError

__all__ = ["register"]


def _passphrase(args: argparse.Namespace) -> str | None:
    var = getattr(args, "passphrase_env", None)
    if var is None:
        return None
    value = os.environ.get(var)
    if not value:
        raise InputError(f"--passphrase-env {var}: that environment variable is empty or not set")
    return value


def _time(text: str | None, option: str) -> dt.datetime | None:
    if text is None:
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"{option} {text!r} is not an ISO 8601 time such as 2025-09-01T12:00:00Z") from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value


def _ca_init(args: argparse.Namespace) -> int:
    from aisafety.trace import CertificateAuthority

    ca = CertificateAuthority.init(
        args.dir, name=args.name, intermediate=not args.no_intermediate, passphrase=_passphrase(args)
    )
    print(
        f"CA {args.name!r} created in {ca.directory}: root {ca.directory / 'root.pem'} "
        f"(serial {ca.root.serial_number:x}); give root.pem to verifiers as --trust-root"
    )
    return 0


def _ca_issue(args: argparse.Namespace) -> int:
    from aisafety.trace import CertificateAuthority, ServiceIdentity

    ca = CertificateAuthority.open(args.dir, passphrase=_passphrase(args))
    identity = ServiceIdentity(
        args.service,
        args.producer,
        filing_number=args.filing_number,
        model=args.model,
        model_version=args.model_version,
    )
    issued = ca.issue(
        identity,
        out_dir=args.output,
        days=args.days,
        key_algorithm=args.key_type,
        passphrase=os.environ.get(args.key_passphrase_env) if args.key_passphrase_env else None,
    )
    print(
        f"issued serial {issued.serial:x} to {args.service!r} (producer {args.producer}), key id "
        f"{issued.identity.key_id}, written to {issued.directory}"
    )
    return 0


def _ca_revoke(args: argparse.Namespace) -> int:
    from aisafety.trace import CertificateAuthority

    ca = CertificateAuthority.open(args.dir, passphrase=_passphrase(args))
    serial = ca.revoke(args.serial, reason=args.reason)
    print(f"revoked serial {serial:x} ({args.reason}); publish a new CRL with `aisafety trace ca crl`")
    return 0


def _ca_crl(args: argparse.Namespace) -> int:
    from aisafety.trace import CertificateAuthority

    ca = CertificateAuthority.open(args.dir, passphrase=_passphrase(args))
    path = ca.write_crl(args.output, next_update_days=args.days)
    print(f"CRL written to {path}")
    return 0


def _read_label(text: str) -> dict[str, Any]:
    source = Path(text)
    raw = source.read_text(encoding="utf-8") if source.is_file() else text
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FormatError(f"--label {text!r} is neither a JSON file nor JSON text ({exc.msg})") from exc
    if not isinstance(value, dict):
        raise FormatError("--label must be a JSON object with the seven GB 45438 fields")
    return value


def _sign(args: argparse.Namespace) -> int:
    from aisafety.trace import SigningIdentity, save_bundle, sign

    identity = SigningIdentity.load(args.identity, passphrase=_passphrase(args))
    label = None if args.label is None else _read_label(args.label)
    path = Path(args.path)
    target = Path(args.output) if args.output else Path(f"{str(args.path).rstrip('/')}.sigstore.json")
    ignore = list(args.ignore or ())
    if label is None and path.is_dir():
        # a bundle written inside the model folder is not part of the model
        with contextlib.suppress(ValueError):
            ignore.append(target.resolve().relative_to(path.resolve()).as_posix())
    bundle = sign(path, identity, label=label, ignore_paths=ignore)
    save_bundle(bundle, target)
    kind = "output" if label is not None else "model"
    print(f"signed {kind} {args.path} as {identity.service.service!r}: {target}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from aisafety.trace import verify

    try:
        result = verify(
            args.path,
            args.bundle,
            trust_roots=args.trust_root,
            crls=args.crl or (),
            expected_producer=args.producer,
            expected_service=args.service,
            at_time=_time(args.at_time, "--at-time"),
            accept_unknown_revocation=args.accept_unknown_revocation,
        )
    except VerificationError as exc:
        if not args.json:
            raise
        print(json.dumps({"ok": False, "check": exc.check, "error": str(exc)}, ensure_ascii=False))
        return 1
    except AISafetyError as exc:
        if not args.json:
            raise
        print(json.dumps({"ok": False, "check": "input", "error": str(exc)}, ensure_ascii=False))
        return 2
    print(result.to_json() if args.json else result.summary())
    return 0


def register(subparsers: Any) -> None:
    trace = subparsers.add_parser(
        "trace",
        help="certificates for AI services; sign and verify provenance",
        description="Digital certificates for AI services and signed provenance "
        "bundles (Sigstore bundle v0.3, in-toto, DSSE), verified offline.",
    )
    sub = trace.add_subparsers(dest="trace_command", metavar="COMMAND")
    sub.required = True

    def passphrase_option(p: argparse.ArgumentParser, what: str) -> None:
        p.add_argument(
            "--passphrase-env",
            metavar="VAR",
            help=f"read the passphrase of {what} from this environment variable",
        )

    ca = sub.add_parser("ca", help="a private certificate authority for AI services")
    ca_sub = ca.add_subparsers(dest="ca_command", metavar="ACTION")
    ca_sub.required = True
    p = ca_sub.add_parser("init", help="create a root (and an issuing intermediate) in DIR")
    p.add_argument("dir")
    p.add_argument("--name", required=True, help="CA name (the root's common name)")
    p.add_argument("--no-intermediate", action="store_true", help="issue service certificates from the root")
    passphrase_option(p, "the new CA keys")
    p.set_defaults(func=_ca_init)

    p = ca_sub.add_parser("issue", help="issue a key and certificate for one AI service")
    p.add_argument("dir")
    p.add_argument("--service", required=True, help="service name")
    p.add_argument("--producer", required=True, help="GB 45438 ContentProducer code")
    p.add_argument("--filing-number", help="the service's filing / registration number")
    p.add_argument("--model", help="model name")
    p.add_argument("--model-version", help="model version")
    p.add_argument("--days", type=int, default=365, help="validity in days (default 365)")
    p.add_argument("--key-type", choices=("ecdsa-p256", "ed25519"), default="ecdsa-p256")
    p.add_argument(
        "--key-passphrase-env",
        metavar="VAR",
        help="encrypt the service key with the passphrase in this environment variable",
    )
    p.add_argument("-o", "--output", required=True, help="service directory to write (key.pem is mode 0600)")
    passphrase_option(p, "the CA key")
    p.set_defaults(func=_ca_issue)

    p = ca_sub.add_parser("revoke", help="revoke a certificate by serial (hex, as openssl prints it)")
    p.add_argument("dir")
    p.add_argument("serial")
    p.add_argument(
        "--reason",
        default="unspecified",
        help="RFC 5280 reason name (keyCompromise, superseded, cessationOfOperation, ...); the CA checks it "
        "and names the valid ones",
    )
    passphrase_option(p, "the CA key")
    p.set_defaults(func=_ca_revoke)

    p = ca_sub.add_parser("crl", help="write the current CRLs (issuing CA and root) to one PEM file")
    p.add_argument("dir")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--days", type=int, default=30, help="days until the next update (default 30)")
    passphrase_option(p, "the CA keys")
    p.set_defaults(func=_ca_crl)

    p = sub.add_parser("sign", help="sign a file or a model directory with a service identity")
    p.add_argument("path")
    p.add_argument("--identity", required=True, help="service directory from `aisafety trace ca issue`")
    p.add_argument("--label", help="sign as a generated output with this GB 45438 label (JSON file or text)")
    p.add_argument("--ignore", action="append", help="path inside the model to leave out (repeatable)")
    p.add_argument("-o", "--output", help="bundle path (default PATH.sigstore.json)")
    passphrase_option(p, "the service key")
    p.set_defaults(func=_sign)

    p = sub.add_parser("verify", help="verify a file or model directory against a bundle, offline")
    p.add_argument("path")
    p.add_argument("--bundle", required=True)
    p.add_argument(
        "--trust-root", required=True, action="append", help="pinned root certificate (repeatable)"
    )
    p.add_argument("--crl", action="append", help="CRL file (PEM, several CRLs allowed; repeatable)")
    p.add_argument("--producer", help="require this ContentProducer code")
    p.add_argument("--service", help="require this service name")
    p.add_argument("--at-time", help="check the chain at this time instead of the signing time")
    p.add_argument(
        "--accept-unknown-revocation",
        action="store_true",
        help="accept certificates no CRL speaks for (status reported as unknown)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object (also on failure)")
    p.set_defaults(func=_verify)
