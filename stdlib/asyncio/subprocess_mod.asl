"""asyncio.subprocess: child processes with stream pipes."""

from asyncio import (Process, create_subprocess_exec, create_subprocess_shell,
                     PIPE, STDOUT, DEVNULL)

__all__ = ('create_subprocess_exec', 'create_subprocess_shell', 'Process', 'PIPE',
           'STDOUT', 'DEVNULL')
