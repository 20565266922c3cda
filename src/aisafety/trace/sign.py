"""Signing: outputs (with their GB 45438 label), models and data directories, filter runs, label codes."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

from aisafety._atomic import atomic_write_text
from aisafety.errors import InputError, PolicyError
from aisafety.trace import keys as _keys
from aisafety.trace.certs import SigningIdentity
from aisafety.trace.digest import MODEL_PREDICATE_TYPE, file_sha256, hash_model
from aisafety.trace.labels import LABEL_PAYLOAD_TYPE, LabelCode, label_fields, label_payload
from aisafety.trace.statement import (
    FILTER_RUN_PREDICATE_TYPE,
    OUTPUT_PREDICATE_TYPE,
    PAYLOAD_TYPE,
    Bundle,
    Envelope,
    Statement,
    Subject,
    format_time,
    pae,
)

__all__ = ["save_bundle", "sign", "sign_filter_run", "sign_label", "sign_statement"]


def _now(now: dt.datetime | None) -> dt.datetime:
    if now is None:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)
    if now.tzinfo is None:
        raise InputError("now= must be timezone-aware (datetime(..., tzinfo=timezone.utc))")
    return now.astimezone(dt.UTC).replace(microsecond=0)


def _identity(
    identity: SigningIdentity | str | os.PathLike[str], passphrase: str | bytes | None
) -> SigningIdentity:
    if isinstance(identity, SigningIdentity):
        return identity
    return SigningIdentity.load(identity, passphrase=passphrase)


def _check_window(identity: SigningIdentity, when: dt.datetime) -> None:
    cert = identity.certificate
    if not cert.not_valid_before_utc <= when <= cert.not_valid_after_utc:
        raise InputError(
            f"the service certificate is valid from {cert.not_valid_before_utc:%Y-%m-%d} to "
            f"{cert.not_valid_after_utc:%Y-%m-%d}, not at the signing time {when:%Y-%m-%d %H:%M}; "
            "renew it with `aisafety trace ca issue`"
        )


def sign_statement(statement: Statement, identity: SigningIdentity) -> Bundle:
    """Sign a statement with the service key: DSSE over its JSON, wrapped in a Sigstore bundle."""
    payload = statement.to_json()
    signature = _keys.sign_bytes(identity.key, pae(PAYLOAD_TYPE, payload))
    envelope = Envelope(payload=payload, signature=signature, keyid=identity.key_id)
    return Bundle((identity.certificate, *identity.chain), envelope)


def _model_string(identity: SigningIdentity) -> str | None:
    service = identity.service
    if service.model is None:
        return None
    return service.model if service.model_version is None else f"{service.model}@{service.model_version}"


def sign(
    artifact: str | os.PathLike[str] | bytes,
    identity: SigningIdentity | str | os.PathLike[str],
    *,
    label: object | None = None,
    name: str | None = None,
    media_type: str | None = None,
    ignore_paths: Iterable[str] = (),
    passphrase: str | bytes | None = None,
    now: dt.datetime | None = None,
) -> Bundle:
    """Sign a generated output, a single-file model or a model/data directory; return the bundle.

    * With ``label=`` (an ``AIGCLabel`` or a mapping of the seven GB 45438 fields): an *output* statement
      over the file (or the ``bytes``) with the label, the service's model and the signing time.
    * Without a label, a path is signed as a model with the OpenSSF model-signing v1.0 predicate
      (a directory, or one file named ``"."``), which ``model_signing verify certificate`` also accepts.

    ``identity`` is a :class:`SigningIdentity` or a service directory written by ``aisafety trace ca issue``.
    """
    ident = _identity(identity, passphrase)
    when = _now(now)
    _check_window(ident, when)
    if label is not None:
        fields = label_fields(label)
        producer = ident.service.producer
        if producer not in (fields["ContentProducer"], fields["ContentPropagator"]):
            raise PolicyError(
                f"the label names ContentProducer {fields['ContentProducer']!r} and "
                f"ContentPropagator {fields['ContentPropagator']!r}, but this service's certificate "
                f"is for producer {producer!r}; sign with that service's identity"
            )
        if isinstance(artifact, bytes):
            digest = hashlib.sha256(artifact).hexdigest()
            subject_name = name or "output"
        else:
            digest = file_sha256(artifact)
            subject_name = name or Path(artifact).name
        predicate: dict[str, Any] = {
            "label": fields,
            "model": _model_string(ident),
            "signedAt": format_time(when),
        }
        if media_type is not None:
            predicate["mediaType"] = media_type
        statement = Statement((Subject(subject_name, digest),), OUTPUT_PREDICATE_TYPE, predicate)
        return sign_statement(statement, ident)
    if isinstance(artifact, bytes):
        raise InputError(
            "signing in-memory bytes needs label=: bytes are signed as a labelled output; "
            "write a model to disk to sign it as a model"
        )
    manifest = hash_model(artifact, ignore_paths=ignore_paths)
    model_predicate = {**manifest.predicate(), "signedAt": format_time(when)}
    statement = Statement(
        (Subject(name or manifest.name, manifest.root_digest),), MODEL_PREDICATE_TYPE, model_predicate
    )
    return sign_statement(statement, ident)


def _relative_names(paths: Sequence[Path], root: Path | None) -> tuple[Path, list[str]]:
    if not paths:
        return root or Path(), []
    base = root if root is not None else Path(os.path.commonpath([p.resolve().parent for p in paths]))
    names = []
    for p in paths:
        try:
            rel = p.resolve().relative_to(base.resolve())
        except ValueError as exc:
            raise InputError(f"{p} is not inside {base}; pass root= to name shards relative to it") from exc
        names.append(PurePosixPath(rel.as_posix()).as_posix())
    return base, names


def sign_filter_run(
    outputs: Sequence[str | os.PathLike[str]],
    identity: SigningIdentity | str | os.PathLike[str],
    *,
    inputs: Sequence[str | os.PathLike[str]] = (),
    policy: Mapping[str, Any],
    counts: Mapping[str, int],
    root: str | os.PathLike[str] | None = None,
    input_root: str | os.PathLike[str] | None = None,
    passphrase: str | bytes | None = None,
    now: dt.datetime | None = None,
) -> Bundle:
    """Sign a training-data filter run: output shards (subjects), input shard digests, policy and counts.

    Output names are paths relative to ``root`` (default: the shards' common folder); verify with the same
    folder as the artifact. ``policy`` must be JSON-serialisable; ``counts`` maps names to non-negative ints
    (for example the counts of the filter report: documents read, kept, dropped, redacted).
    """
    ident = _identity(identity, passphrase)
    when = _now(now)
    _check_window(ident, when)
    out_paths = [Path(p) for p in outputs]
    if not out_paths:
        raise InputError("a filter run needs at least one output shard to sign")
    _, out_names = _relative_names(out_paths, None if root is None else Path(root))
    in_paths = [Path(p) for p in inputs]
    _, in_names = _relative_names(in_paths, None if input_root is None else Path(input_root))
    subjects = tuple(Subject(n, file_sha256(p)) for n, p in zip(out_names, out_paths, strict=True))
    predicate = {
        "inputs": [
            {"name": n, "digest": {"sha256": file_sha256(p)}} for n, p in zip(in_names, in_paths, strict=True)
        ],
        "policy": dict(policy),
        "counts": {str(k): v for k, v in counts.items()},
        "signedAt": format_time(when),
    }
    return sign_statement(Statement(subjects, FILTER_RUN_PREDICATE_TYPE, predicate), ident)


def save_bundle(bundle: Bundle, path: str | os.PathLike[str]) -> Path:
    """Write a bundle as JSON, atomically."""
    target = Path(path)
    atomic_write_text(target, bundle.to_json())
    return target


def sign_label(
    label: object,
    identity: SigningIdentity | str | os.PathLike[str],
    *,
    passphrase: str | bytes | None = None,
    now: dt.datetime | None = None,
) -> str:
    """Sign the producer fields of a GB 45438 label; return the compact ``ReservedCode1`` value.

    The value is ``AS1.<unix time>.<key id>.<signature>`` (see :mod:`aisafety.trace.labels`). Put it in
    the label's ``reserved_code1`` and check it with :func:`aisafety.trace.verify_label`.
    """
    ident = _identity(identity, passphrase)
    when = _now(now)
    _check_window(ident, when)
    fields = label_fields(label)
    if fields["ContentProducer"] != ident.service.producer:
        raise PolicyError(
            f"the label's ContentProducer {fields['ContentProducer']!r} is not this service's "
            f"producer code {ident.service.producer!r}; only the producer signs ReservedCode1"
        )
    signed_at = int(when.timestamp())
    message = pae(LABEL_PAYLOAD_TYPE, label_payload(fields, signed_at))
    raw = _keys.signature_to_raw(ident.key, _keys.sign_bytes(ident.key, message))
    return LabelCode(signed_at, ident.key_id, raw).encode()
