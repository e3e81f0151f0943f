// The row-major numeric matrix the forest consumes, and the checks that keep bad input out.

export interface Matrix {
  readonly data: Float64Array;
  readonly rows: number;
  readonly cols: number;
}

export type MatrixInput = Matrix | readonly (readonly number[])[];

function isMatrix(x: MatrixInput): x is Matrix {
  return !Array.isArray(x) && (x as Matrix).data instanceof Float64Array;
}

/** Validates and, for nested arrays, packs the input. Every value must be finite. */
export function toMatrix(x: MatrixInput, expectedCols?: number): Matrix {
  let m: Matrix;
  if (isMatrix(x)) {
    if (!Number.isInteger(x.rows) || !Number.isInteger(x.cols) || x.rows < 0 || x.cols < 1) {
      throw new RangeError('matrix shape is invalid');
    }
    if (x.data.length !== x.rows * x.cols) throw new RangeError('matrix data length does not match its shape');
    m = x;
  } else {
    const rows = x.length;
    const cols = rows > 0 ? x[0]!.length : (expectedCols ?? 0);
    if (cols < 1) throw new RangeError('matrix needs at least one column');
    const data = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      const row = x[r]!;
      if (row.length !== cols) throw new RangeError(`row ${r} has ${row.length} values, expected ${cols}`);
      for (let c = 0; c < cols; c++) data[r * cols + c] = row[c]!;
    }
    m = { data, rows, cols };
  }
  if (expectedCols !== undefined && m.cols !== expectedCols) {
    throw new RangeError(`expected ${expectedCols} features, got ${m.cols}`);
  }
  for (let i = 0; i < m.data.length; i++) {
    if (!Number.isFinite(m.data[i]!)) throw new RangeError('matrix contains a non-finite value');
  }
  return m;
}
