using System;

namespace Reconcile.Grouping;

/// <summary>
/// A map from a pair of cluster ids (packed in a non-negative <see cref="long"/>) to the summed similarity between
/// the two clusters: open addressing with linear probing and backward-shift deletion over two flat arrays, so a
/// block's hundreds of thousands of sums take no object per entry, and a lookup is a multiply and a few
/// neighbouring slots.
/// </summary>
internal sealed class PairSums
{
    private const long Empty = -1;

    private long[] _keys = [];
    private EdgeSum[] _sums = [];
    private int _shift = 64;
    private int _mask = -1;
    private int _count;

    /// <summary>
    /// Empties the map and makes room for <paramref name="expected"/> entries without growing. Only as many slots
    /// as that needs are used, even when the arrays are larger from an earlier use, so a small map stays small in
    /// the cache.
    /// </summary>
    public void Reset(int expected)
    {
        int capacity = 16;
        while (capacity < expected * 2)
        {
            capacity *= 2;
        }

        if (_keys.Length < capacity)
        {
            _keys = new long[capacity];
            _sums = new EdgeSum[capacity];
        }

        Use(capacity);
    }

    /// <summary>The sum for a pair, or zero when the pair has none.</summary>
    public EdgeSum Get(long key)
    {
        int mask = _mask;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            long k = _keys[slot];
            if (k == key)
            {
                return _sums[slot];
            }

            if (k == Empty)
            {
                return default;
            }
        }
    }

    /// <summary>The sum for a pair, added as zero if the pair had none.</summary>
    public ref EdgeSum GetOrAdd(long key, out bool existed)
    {
        int mask = _mask;
        int slot = Slot(key);
        for (; ; slot = (slot + 1) & mask)
        {
            long k = _keys[slot];
            if (k == key)
            {
                existed = true;
                return ref _sums[slot];
            }

            if (k == Empty)
            {
                break;
            }
        }

        if ((_count + 1) * 2 > _mask + 1)
        {
            Grow();
            return ref GetOrAdd(key, out existed);
        }

        _keys[slot] = key;
        _sums[slot] = default;
        _count++;
        existed = false;
        return ref _sums[slot];
    }

    /// <summary>Removes a pair and gives its sum; false when the pair had none.</summary>
    public bool Remove(long key, out EdgeSum sum)
    {
        int mask = _mask;
        int slot = Slot(key);
        for (; ; slot = (slot + 1) & mask)
        {
            long k = _keys[slot];
            if (k == key)
            {
                break;
            }

            if (k == Empty)
            {
                sum = default;
                return false;
            }
        }

        sum = _sums[slot];
        _count--;
        // Backward shift: move later entries of the run into the hole when their home slot allows it.
        int hole = slot;
        for (int next = (hole + 1) & mask; _keys[next] != Empty; next = (next + 1) & mask)
        {
            int home = Slot(_keys[next]);
            if (((next - home) & mask) >= ((next - hole) & mask))
            {
                _keys[hole] = _keys[next];
                _sums[hole] = _sums[next];
                hole = next;
            }
        }

        _keys[hole] = Empty;
        return true;
    }

    private int Slot(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Use(int capacity)
    {
        Array.Fill(_keys, Empty, 0, capacity);
        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        _count = 0;
    }

    private void Grow()
    {
        long[] keys = _keys;
        EdgeSum[] sums = _sums;
        int used = _mask + 1;
        _keys = new long[used * 2];
        _sums = new EdgeSum[used * 2];
        Use(used * 2);
        for (int i = 0; i < used; i++)
        {
            if (keys[i] != Empty)
            {
                GetOrAdd(keys[i], out _) = sums[i];
            }
        }
    }
}

/// <summary>The summed similarity between two clusters, and the part of it between values in conflict.</summary>
internal readonly record struct EdgeSum(double Sum, double ConflictSum)
{
    public static EdgeSum operator +(EdgeSum x, EdgeSum y) => new(x.Sum + y.Sum, x.ConflictSum + y.ConflictSum);
}
