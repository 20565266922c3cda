"""The batch filter inside real engines: Ray Data map_batches (local Ray), Hugging Face datasets.map, Dask
map_partitions (local schedulers) and a single process give identical rows."""

from __future__ import annotations

import pyarrow as pa
import pytest

from aisafety.data.filter import BatchFilter, Filter, filter_batch
from aisafety.data.rules import RegexRule, RuleSet

pytestmark = pytest.mark.filterwarnings(
    "ignore::DeprecationWarning:ray.data.context",  # Ray copies its own deprecated settings
)

RULES = RuleSet([
    RegexRule("EMAIL_ADDRESS", r"[a-z]+@[a-z]+\.com", score=0.9),
    RegexRule("SENSITIVE_DOMAIN", r"\bbomb\b", score=0.7, detail="violence"),
])
POLICY = Filter(drop=("SENSITIVE_DOMAIN",), redact=("EMAIL_ADDRESS",), redaction="pseudonym",
                key=b"engine-test-key-0123456789", rules=RULES)
TEXTS = [f"row {i} " + ("mail ab@cd.com " if i % 3 == 0 else "") + ("a bomb" if i % 10 == 0 else "")
         for i in range(60)]
TABLE = pa.table({"id": list(range(60)), "text": TEXTS})


def _rows(table: pa.Table) -> list[dict[str, object]]:
    return sorted(table.to_pylist(), key=lambda r: int(r["id"]))  # type: ignore[arg-type]


def test_single_process_reference_is_meaningful():
    rows = _rows(filter_batch(TABLE, policy=POLICY))
    assert {r["decision"] for r in rows} == {"keep", "redact", "drop"}
    assert all("ab@cd.com" not in str(r["text"]) for r in rows if r["decision"] == "redact")


def test_hugging_face_datasets_map_batched():
    import datasets

    datasets.disable_progress_bars()
    ds = datasets.Dataset.from_dict({"id": list(range(60)), "text": TEXTS})
    out = ds.map(BatchFilter(POLICY), batched=True, batch_size=7)
    assert _rows(out.data.table) == _rows(filter_batch(TABLE, policy=POLICY))


@pytest.fixture(scope="module")
def ray_local():
    import ray

    ray.init(num_cpus=1, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        yield ray
    finally:
        ray.shutdown()


def test_ray_data_map_batches_equals_single_process(ray_local):
    import ray.data

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ds = ray.data.from_arrow(TABLE).repartition(3)
    out = ds.map_batches(BatchFilter(POLICY), batch_format="pyarrow", batch_size=8)
    result = pa.Table.from_pylist(out.take_all())
    assert _rows(result) == _rows(filter_batch(TABLE, policy=POLICY))
    from ray.data.expressions import col

    kept = out.filter(expr=col("decision") != "drop").count()
    assert kept == sum(1 for t in TEXTS if "bomb" not in t)


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_dask_map_partitions_equals_single_process(scheduler):
    import dask.dataframe as dd
    from dask.dataframe.utils import make_meta

    bf = BatchFilter(POLICY)
    ddf = dd.from_pandas(TABLE.to_pandas(), npartitions=4)
    meta = bf(make_meta(ddf))  # the output schema: the filter run on the input's empty frame
    out = ddf.map_partitions(bf, meta=meta)
    assert out.npartitions == 4
    result = out.compute(scheduler=scheduler)
    expected = filter_batch(TABLE, policy=POLICY)
    assert list(meta.columns) == list(result.columns) == expected.column_names
    assert result.index.tolist() == list(range(60))
    assert result.to_dict("records") == expected.to_pylist()  # same rows in the same order, no sorting
