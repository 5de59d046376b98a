namespace Reconcile.Grouping;

/// <summary>
/// A map from a pair of cluster ids (packed in a non-negative <see cref="long"/>) to the summed similarity between
/// the two clusters: open addressing with linear probing and backward-shift deletion over one flat array, so a
/// block's hundreds of thousands of sums take no object per entry, and a lookup is a multiply and a few
/// neighbouring slots. Each slot holds its key and its sum side by side: a block's map is tens of megabytes, so
/// nearly every lookup misses the cache, and one miss per slot is half of two.
/// </summary>
internal sealed class PairSums
{
    private const long Empty = -1;

    private Entry[] _entries = [];
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

        if (_entries.Length < capacity)
        {
            _entries = new Entry[capacity];
        }

        Use(capacity);
    }

    /// <summary>The sum for a pair, or zero when the pair has none.</summary>
    public EdgeSum Get(long key)
    {
        int mask = _mask;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ref Entry entry = ref _entries[slot];
            if (entry.Key == key)
            {
                return entry.Sum;
            }

            if (entry.Key == Empty)
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
            ref Entry entry = ref _entries[slot];
            if (entry.Key == key)
            {
                existed = true;
                return ref entry.Sum;
            }

            if (entry.Key == Empty)
            {
                break;
            }
        }

        if ((_count + 1) * 2 > _mask + 1)
        {
            Grow();
            return ref GetOrAdd(key, out existed);
        }

        ref Entry added = ref _entries[slot];
        added.Key = key;
        added.Sum = default;
        _count++;
        existed = false;
        return ref added.Sum;
    }

    /// <summary>Removes a pair and gives its sum; false when the pair had none.</summary>
    public bool Remove(long key, out EdgeSum sum)
    {
        int mask = _mask;
        int slot = Slot(key);
        for (; ; slot = (slot + 1) & mask)
        {
            long k = _entries[slot].Key;
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

        sum = _entries[slot].Sum;
        _count--;
        // Backward shift: move later entries of the run into the hole when their home slot allows it.
        int hole = slot;
        for (int next = (hole + 1) & mask; _entries[next].Key != Empty; next = (next + 1) & mask)
        {
            int home = Slot(_entries[next].Key);
            if (((next - home) & mask) >= ((next - hole) & mask))
            {
                _entries[hole] = _entries[next];
                hole = next;
            }
        }

        _entries[hole].Key = Empty;
        return true;
    }

    private struct Entry
    {
        public long Key;
        public EdgeSum Sum;
    }

    private int Slot(long key) => (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Use(int capacity)
    {
        for (int i = 0; i < capacity; i++)
        {
            _entries[i].Key = Empty;
        }

        _mask = capacity - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        _count = 0;
    }

    private void Grow()
    {
        Entry[] entries = _entries;
        int used = _mask + 1;
        _entries = new Entry[used * 2];
        Use(used * 2);
        for (int i = 0; i < used; i++)
        {
            if (entries[i].Key != Empty)
            {
                GetOrAdd(entries[i].Key, out _) = entries[i].Sum;
            }
        }
    }
}

/// <summary>The summed similarity between two clusters, and the part of it between values in conflict.</summary>
internal readonly record struct EdgeSum(double Sum, double ConflictSum)
{
    public static EdgeSum operator +(EdgeSum x, EdgeSum y) => new(x.Sum + y.Sum, x.ConflictSum + y.ConflictSum);
}
