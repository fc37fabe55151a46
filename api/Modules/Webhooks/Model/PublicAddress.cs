using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace CoopHub.Webhooks.Model;

/// <summary>
/// Whether an IP address is a public unicast address a webhook may be sent to. Everything else
/// (loopback, private, link-local, CGNAT, multicast, broadcast, unspecified, ULA, documentation
/// and benchmark ranges, reserved space) would let an administrator make the server call into
/// its own network: cloud metadata at 169.254.169.254, databases, admin consoles (ADR 0013).
/// IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the
/// IPv4 address they carry; Teredo and other IETF protocol space are refused outright.
/// </summary>
internal static class PublicAddress
{
    private static readonly (uint Network, int Bits)[] NotPublicV4 =
    [
        (V4(0, 0, 0, 0), 8),        // "this network", 0.0.0.0
        (V4(10, 0, 0, 0), 8),       // private (RFC 1918)
        (V4(100, 64, 0, 0), 10),    // carrier-grade NAT (RFC 6598)
        (V4(127, 0, 0, 0), 8),      // loopback
        (V4(169, 254, 0, 0), 16),   // link-local, cloud metadata
        (V4(172, 16, 0, 0), 12),    // private
        (V4(192, 0, 0, 0), 24),     // IETF protocol assignments
        (V4(192, 0, 2, 0), 24),     // documentation (TEST-NET-1)
        (V4(192, 88, 99, 0), 24),   // 6to4 relay anycast (deprecated)
        (V4(192, 168, 0, 0), 16),   // private
        (V4(198, 18, 0, 0), 15),    // benchmarking
        (V4(198, 51, 100, 0), 24),  // documentation (TEST-NET-2)
        (V4(203, 0, 113, 0), 24),   // documentation (TEST-NET-3)
        (V4(224, 0, 0, 0), 4),      // multicast
        (V4(240, 0, 0, 0), 4),      // reserved, and 255.255.255.255 broadcast
    ];

    public static bool IsPublic(IPAddress address) => address.AddressFamily switch
    {
        AddressFamily.InterNetwork => IsPublicV4(BinaryPrimitives.ReadUInt32BigEndian(address.GetAddressBytes())),
        AddressFamily.InterNetworkV6 => IsPublicV6(address.GetAddressBytes()),
        _ => false,
    };

    private static bool IsPublicV4(uint address)
        => !NotPublicV4.Any(r => (address & Mask(r.Bits)) == r.Network);

    private static bool IsPublicV6(byte[] b)
    {
        var high = BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(0, 8));
        var low = BinaryPrimitives.ReadUInt64BigEndian(b.AsSpan(8, 8));
        var last32 = BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(12, 4));
        // ::/96 holds ::, ::1 and the deprecated IPv4-compatible form; ::ffff:0:0/96 is IPv4-mapped.
        if (high == 0 && (low >> 32) == 0xFFFF) return IsPublicV4(last32);
        if (high == 0 && (low >> 32) == 0) return last32 > 1 && IsPublicV4(last32);
        // NAT64 well-known prefix 64:ff9b::/96 carries the IPv4 address in the last 32 bits.
        if (high == 0x0064_FF9B_0000_0000UL && (low >> 32) == 0) return IsPublicV4(last32);
        // 6to4 2002::/16 carries it in bits 16 to 47.
        if ((high >> 48) == 0x2002) return IsPublicV4((uint)(high >> 16));
        // Only 2000::/3 is global unicast; fc00::/7 ULA, fe80::/10 link-local, ff00::/8 multicast,
        // 64:ff9b:1::/48 local NAT64 and 100::/64 discard all lie outside it.
        if ((b[0] & 0xE0) != 0x20) return false;
        // 2001::/23 IETF protocol assignments: Teredo 2001::/32, benchmarking 2001:2::/48, ORCHID.
        if ((high >> 41) == (0x2001_0000_0000_0000UL >> 41)) return false;
        if ((high >> 32) == 0x2001_0DB8) return false; // documentation 2001:db8::/32
        if ((high >> 44) == 0x3FFF0) return false;     // documentation 3fff::/20
        return true;
    }

    private static uint V4(byte a, byte b, byte c, byte d) => (uint)(a << 24 | b << 16 | c << 8 | d);

    private static uint Mask(int bits) => bits == 0 ? 0 : uint.MaxValue << (32 - bits);
}
