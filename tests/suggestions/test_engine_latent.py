"""The latent basis (latent.py) is TruncatedSVD's, bit for bit: speed and memory work that must
not change the model. Tall matrices (more messages than terms, as at scale), wide ones (sklearn
then works on the transpose), and ones smaller than the 210 random directions sampled."""

import numpy as np
import pytest
from scipy import linalg, sparse
from sklearn.decomposition import TruncatedSVD

from suggestions.engine.latent import _permuted_l, latent_basis


@pytest.mark.parametrize(
    ("rows", "columns", "density", "components"),
    [
        (2500, 1200, 0.01, 200),  # tall
        (900, 2600, 0.01, 200),  # wide: the transpose
        (60, 500, 0.05, 40),  # fewer rows than random directions
        (50, 30, 0.3, 28),  # fewer of both
    ],
)
def test_the_latent_basis_is_truncated_svds(rows, columns, density, components):
    rng = np.random.default_rng(rows)
    matrix = sparse.random(rows, columns, density=density, format="csr", rng=rng)
    for seed in (0, 1):
        svd = TruncatedSVD(n_components=components, random_state=seed).fit(matrix)
        basis, singular_values = latent_basis(matrix, components, seed)
        assert basis.shape == svd.components_.shape
        assert np.array_equal(basis, svd.components_)
        assert np.array_equal(singular_values, svd.singular_values_)


def test_a_matrix_of_repeated_rows_and_null_directions_too():
    # A history repeats its messages: rank far below the directions asked for.
    rng = np.random.default_rng(5)
    distinct = sparse.random(40, 800, density=0.05, format="csr", rng=rng)
    matrix = sparse.vstack([distinct[rng.integers(0, 40, 3000)]], format="csr")
    svd = TruncatedSVD(n_components=200, random_state=0).fit(matrix)
    basis, singular_values = latent_basis(matrix, 200, 0)
    assert np.array_equal(basis, svd.components_)
    assert np.array_equal(singular_values, svd.singular_values_)


@pytest.mark.parametrize("shape", [(700, 210), (210, 210), (150, 210)])
def test_the_in_place_factorisation_is_scipys_permuted_l(shape):
    a = np.random.default_rng(1).standard_normal(shape)
    expected, _ = linalg.lu(a, permute_l=True, check_finite=False)
    fortran = np.asfortranarray(a)
    permuted = _permuted_l(fortran)
    assert np.array_equal(permuted, expected)
    assert np.shares_memory(permuted, fortran)  # no copy of the messages' samples


def test_only_float64_is_taken():
    with pytest.raises(ValueError, match="float64"):
        latent_basis(sparse.random(50, 40, density=0.2, format="csr", dtype=np.float32), 10, 0)
