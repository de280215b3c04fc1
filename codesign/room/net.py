"""Which addresses a room may listen on and accept: the local network only, never the internet.

Finding this machine's addresses asks the operating system only: a UDP socket "connected" to a
private address learns which local address would be used, without sending a packet.
"""

import ipaddress
import socket

_PROBES = ("10.255.255.255", "172.31.255.255", "192.168.255.255")


def is_local_peer(address: str) -> bool:
    """Loopback or a private/link-local range (IPv4 or IPv6, mapped addresses included)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local


def private_addresses() -> list[str]:
    """This machine's private IPv4 addresses, most likely the venue network's first."""
    found: list[str] = []
    for probe in _PROBES:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            try:
                udp.connect((probe, 9))
                address = udp.getsockname()[0]
            except OSError:
                continue
        if address not in found and is_local_peer(address) and address != "0.0.0.0":
            found.append(address)
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if address not in found and is_local_peer(address):
            found.append(address)
    return [a for a in found if not ipaddress.ip_address(a).is_loopback] + ["127.0.0.1"]


def url_host(interface: str) -> str:
    """The address phones should type: the first private one when listening on all."""
    if interface in ("0.0.0.0", ""):
        return private_addresses()[0]
    return interface
